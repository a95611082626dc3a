package io.loyaltyclub.pricing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The member prices of the club (loyalty spec, section 6): of the rules of a member's tier that apply to a product
 * (its own, its categories' and their parents', the whole catalogue's), the lowest price wins; a member price counts
 * only when it is below the regular price (what the shopper pays without the club, a sale price included).
 */
public final class MemberPrices {

    private static final MemberPrices NONE = new MemberPrices(Collections.<MemberPriceRule>emptyList());

    private final List<MemberPriceRule> rules;

    public MemberPrices(List<MemberPriceRule> rules) {
        this.rules = Collections.unmodifiableList(new ArrayList<MemberPriceRule>(rules));
    }

    public static MemberPrices none() {
        return NONE;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public List<MemberPriceRule> getRules() {
        return rules;
    }

    /**
     * The member price of the tier for the product, or null when no rule of the tier applies or none is below the
     * regular price.
     */
    public BigDecimal memberPrice(String tierCode, long productId, Set<Long> categoryIds, BigDecimal regular,
                                  int currencyScale) {
        if (tierCode == null || regular == null) {
            return null;
        }
        BigDecimal best = null;
        for (MemberPriceRule rule : rules) {
            if (!tierCode.equals(rule.getTierCode()) || !rule.appliesTo(productId, categoryIds)) {
                continue;
            }
            BigDecimal price = rule.priceFrom(regular, currencyScale);
            if (best == null || price.compareTo(best) < 0) {
                best = price;
            }
        }
        return best != null && best.compareTo(regular) < 0 ? best : null;
    }

    /**
     * The best club price of the product over all tiers, and the lowest-ranked tier that gets it (what to show a
     * shopper who is not in such a tier), or null when no tier has a price below the regular one.
     *
     * @param tierRanks the active tiers' ranks by code; rules of other tiers are left out
     */
    public ClubPrice bestClubPrice(Map<String, Integer> tierRanks, long productId, Set<Long> categoryIds,
                                   BigDecimal regular, int currencyScale) {
        ClubPrice best = null;
        for (Map.Entry<String, Integer> tier : tierRanks.entrySet()) {
            BigDecimal price = memberPrice(tier.getKey(), productId, categoryIds, regular, currencyScale);
            if (price == null) {
                continue;
            }
            int order = best == null ? -1 : price.compareTo(best.getPrice());
            if (best == null || order < 0 || (order == 0 && tier.getValue() < best.getTierRank())) {
                best = new ClubPrice(tier.getKey(), tier.getValue(), price);
            }
        }
        return best;
    }

    /** A price of the club and the tier that gets it. */
    public static final class ClubPrice {
        private final String tierCode;
        private final int tierRank;
        private final BigDecimal price;

        public ClubPrice(String tierCode, int tierRank, BigDecimal price) {
            this.tierCode = tierCode;
            this.tierRank = tierRank;
            this.price = price;
        }

        public String getTierCode() {
            return tierCode;
        }

        public int getTierRank() {
            return tierRank;
        }

        public BigDecimal getPrice() {
            return price;
        }
    }
}
