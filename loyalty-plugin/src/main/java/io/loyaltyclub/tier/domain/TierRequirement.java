package io.loyaltyclub.tier.domain;

/**
 * Something limited to members of a tier and above (loyalty spec, section 7: a coupon, an early access, a member
 * gift): a member of the tier's rank or above is admitted; a tier that does not exist or is switched off admits
 * nobody. Pure: the tier service says which tier, this says who gets in.
 */
public final class TierRequirement {

    /** Why a shopper is not admitted. */
    public enum Why {
        /** A guest, or a customer who is not an active member of the club. */
        NOT_A_MEMBER,
        /** A member below the tier (or in no tier yet), or any member when the tier admits nobody. */
        TIER_TOO_LOW
    }

    /** The tier's rank; null when the tier admits nobody. */
    private final Integer rank;
    private final String tierName;

    private TierRequirement(Integer rank, String tierName) {
        this.rank = rank;
        this.tierName = tierName;
    }

    /** Members of the tier of this rank and above. */
    public static TierRequirement atRank(int rank, String tierName) {
        return new TierRequirement(rank, tierName);
    }

    /** Nobody: the tier does not exist or is switched off; {@code tierCode} stands in for its name. */
    public static TierRequirement nobody(String tierCode) {
        return new TierRequirement(null, tierCode);
    }

    /** The tier's name, or the code of a tier that does not exist or is switched off. */
    public String getTierName() {
        return tierName;
    }

    /**
     * @param member whether the shopper is an active member
     * @param memberRank the rank of the member's tier; null below all tiers
     * @return null when the shopper is admitted, otherwise why not
     */
    public Why refusal(boolean member, Integer memberRank) {
        if (!member) {
            return Why.NOT_A_MEMBER;
        }
        if (rank == null || memberRank == null || memberRank < rank) {
            return Why.TIER_TOO_LOW;
        }
        return null;
    }

    /** Whether the shopper is admitted; see {@link #refusal}. */
    public boolean admits(boolean member, Integer memberRank) {
        return refusal(member, memberRank) == null;
    }
}
