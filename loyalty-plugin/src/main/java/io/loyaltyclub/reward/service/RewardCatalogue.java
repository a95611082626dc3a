package io.loyaltyclub.reward.service;

import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;

import java.util.List;

/**
 * The reward catalogue (loyalty spec, section 4): members exchange points for a coupon (amount or percent off, free
 * shipping, a free product: a single-use code bound to them) or an invitation to a members' event (fulfilled by hand).
 */
public interface RewardCatalogue {

    /**
     * The rewards the member sees: active ones whose last day has not passed, cheapest first, each with why the
     * member cannot redeem it now (null when they can).
     */
    List<RewardView> catalogueFor(long customerId);

    /**
     * Exchanges the member's points for the reward, in one transaction that locks the reward (its stock) and the
     * member's points: checks that it is active, within its dates, in stock and for the member's tier, spends the
     * points, takes one from the stock, records the redemption and issues the coupon.
     *
     * @param expectedCost the cost the member's form showed; another cost now refuses the form as stale (null: any)
     * @param token the form's one-time token: a second post of it replays the first redemption, never spends twice
     * @throws RewardRefusedException when the member may not have it; nothing changed
     */
    Redeemed redeem(long customerId, long rewardId, Long expectedCost, String token);

    /** The member's redemptions, newest first. */
    List<RewardRedemptionImpl> redemptionsOf(long accountId, int limit);

    /** Event invitations for the shop to fulfil: waiting ones first (oldest first), then fulfilled ones. */
    List<RewardRedemptionImpl> invitations(int limit);

    /**
     * Records that the shop fulfilled an invitation, and which admin did.
     *
     * @return false when it was fulfilled already (the first record stays)
     * @throws IllegalArgumentException when there is no such invitation
     */
    boolean markFulfilled(long redemptionId, String adminUser);

    /** Whether a form token can be one: letters, digits and dashes, 16 to 64 of them. */
    boolean isWellFormedToken(String token);
}
