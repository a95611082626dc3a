package io.loyaltyclub.pricing.service;

import java.math.BigDecimal;

/**
 * The best club price a shopper does not get yet, and what to do for it: join the club, or reach a tier.
 */
public final class ClubPriceOffer {

    private final BigDecimal price;
    private final String tierCode;
    private final String tierName;
    private final boolean join;

    public ClubPriceOffer(BigDecimal price, String tierCode, String tierName, boolean join) {
        this.price = price;
        this.tierCode = tierCode;
        this.tierName = tierName;
        this.join = join;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getTierCode() {
        return tierCode;
    }

    public String getTierName() {
        return tierName;
    }

    /** True for a shopper who is not a member (join the club); false for a member (reach the tier). */
    public boolean isJoin() {
        return join;
    }
}
