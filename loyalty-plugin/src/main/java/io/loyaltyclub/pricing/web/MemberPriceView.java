package io.loyaltyclub.pricing.web;

import org.broadleafcommerce.common.money.Money;

/**
 * A product's prices as the {@code loyalty/partials/memberPrice} fragment shows them to one shopper: the regular
 * price (and the retail price it is a sale from), the shopper's member price, or the best club price with what to do
 * for it. Prices are Money (for {@code blc:price}), the texts for messages are formatted already.
 */
public final class MemberPriceView {

    private final Money regular;
    private final Money wasPrice;
    private final Money memberPrice;
    private final String tierName;
    private final Money clubPrice;
    private final String clubPriceText;
    private final String clubTierName;
    private final boolean join;

    MemberPriceView(Money regular, Money wasPrice, Money memberPrice, String tierName, Money clubPrice,
                    String clubPriceText, String clubTierName, boolean join) {
        this.regular = regular;
        this.wasPrice = wasPrice;
        this.memberPrice = memberPrice;
        this.tierName = tierName;
        this.clubPrice = clubPrice;
        this.clubPriceText = clubPriceText;
        this.clubTierName = clubTierName;
        this.join = join;
    }

    /** What the shopper pays without the club (a sale price included). */
    public Money getRegular() {
        return regular;
    }

    /** The retail price when the regular price is a sale price, else null. */
    public Money getWasPrice() {
        return wasPrice;
    }

    /** The shopper's member price, or null. */
    public Money getMemberPrice() {
        return memberPrice;
    }

    public boolean isMemberPriced() {
        return memberPrice != null;
    }

    /** The shopper's tier name (with a member price). */
    public String getTierName() {
        return tierName;
    }

    /** A better club price of a tier the shopper is not in, or null. */
    public Money getClubPrice() {
        return clubPrice;
    }

    public String getClubPriceText() {
        return clubPriceText;
    }

    public String getClubTierName() {
        return clubTierName;
    }

    /** The hint is "join the club" (not a member) rather than "reach the tier" (a member). */
    public boolean isJoin() {
        return join;
    }

    public boolean isReach() {
        return clubPrice != null && !join;
    }
}
