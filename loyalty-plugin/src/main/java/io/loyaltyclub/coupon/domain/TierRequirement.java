package io.loyaltyclub.coupon.domain;

/**
 * Whether a shopper may use an offer limited to a tier and above (loyalty spec, section 7): a pure rule on the ranks
 * of the tiers, the offer's and the shopper's.
 */
public final class TierRequirement {

    /** Why a shopper may not use the offer. */
    public enum Why {
        /** A guest, or a customer who is not an active member of the club. */
        NOT_A_MEMBER,
        /** A member below the offer's tier (or in no tier yet). */
        TIER_TOO_LOW
    }

    private TierRequirement() {
    }

    /**
     * @param requiredRank the rank of the offer's tier; null when the offer is open to everybody
     * @param member whether the shopper is an active member
     * @param memberRank the rank of the member's tier; null below all tiers
     * @return null when the shopper may use the offer, otherwise why not
     */
    public static Why refusal(Integer requiredRank, boolean member, Integer memberRank) {
        if (requiredRank == null) {
            return null;
        }
        if (!member) {
            return Why.NOT_A_MEMBER;
        }
        if (memberRank == null || memberRank < requiredRank) {
            return Why.TIER_TOO_LOW;
        }
        return null;
    }
}
