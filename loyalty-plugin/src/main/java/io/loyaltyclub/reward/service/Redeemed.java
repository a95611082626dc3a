package io.loyaltyclub.reward.service;

import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;

/** A redemption, and whether it was made by an earlier post of the same form (a double submit or a retry). */
public final class Redeemed {

    private final RewardRedemptionImpl redemption;
    private final boolean replayed;

    public Redeemed(RewardRedemptionImpl redemption, boolean replayed) {
        this.redemption = redemption;
        this.replayed = replayed;
    }

    public RewardRedemptionImpl getRedemption() {
        return redemption;
    }

    /** True when this form had redeemed before: nothing changed this time. */
    public boolean isReplayed() {
        return replayed;
    }
}
