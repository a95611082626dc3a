package io.loyaltyclub.coupon.service;

import io.loyaltyclub.tier.domain.TierRequirement;

/** Why a shopper may not use an offer limited to a tier, with what the storefront's message needs. */
public final class OfferRefusal {

    private final TierRequirement.Why why;
    private final String requiredTierName;
    private final String currentTierName;

    public OfferRefusal(TierRequirement.Why why, String requiredTierName, String currentTierName) {
        this.why = why;
        this.requiredTierName = requiredTierName;
        this.currentTierName = currentTierName;
    }

    public TierRequirement.Why getWhy() {
        return why;
    }

    /** The name of the lowest tier that may use the offer. */
    public String getRequiredTierName() {
        return requiredTierName;
    }

    /** The name of the shopper's tier, or null (not a member, or below all tiers). */
    public String getCurrentTierName() {
        return currentTierName;
    }

    /** The key of the storefront message (LoyaltyMessages) that says why. */
    public String getMessageKey() {
        if (why == TierRequirement.Why.NOT_A_MEMBER) {
            return "loyalty.coupon.membersOnly";
        }
        return currentTierName == null ? "loyalty.coupon.noTierYet" : "loyalty.coupon.tierTooLow";
    }

    /** The message's arguments: the offer's tier, then the shopper's. */
    public Object[] getMessageArguments() {
        return new Object[] {requiredTierName, currentTierName == null ? "" : currentTierName};
    }
}
