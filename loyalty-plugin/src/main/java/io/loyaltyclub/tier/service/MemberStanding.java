package io.loyaltyclub.tier.service;

import io.loyaltyclub.tier.persistence.LoyaltyTier;

/** Where a shopper stands in the club: an active member or not, and in which tier (null below all tiers). */
public final class MemberStanding {

    private static final MemberStanding OUTSIDER = new MemberStanding(false, null);

    private final boolean member;
    private final LoyaltyTier tier;

    private MemberStanding(boolean member, LoyaltyTier tier) {
        this.member = member;
        this.tier = tier;
    }

    public static MemberStanding outsider() {
        return OUTSIDER;
    }

    public static MemberStanding member(LoyaltyTier tier) {
        return new MemberStanding(true, tier);
    }

    public boolean isMember() {
        return member;
    }

    /** The tier, or null (not a member, or below all tiers). */
    public LoyaltyTier getTier() {
        return tier;
    }

    /** The tier's rank, or null. */
    public Integer getRank() {
        return tier == null ? null : tier.getRank();
    }
}
