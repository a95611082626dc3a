package io.loyaltyclub.reward.persistence;

import java.util.Date;
import java.util.List;

public interface RewardDao {

    Reward find(long rewardId);

    /** The reward, locked until the transaction ends (its stock). */
    Reward lock(long rewardId);

    /** Active rewards, cheapest first. */
    List<Reward> activeRewards();

    RewardRedemptionImpl findRedemption(long accountId, String requestKey);

    RewardRedemptionImpl findRedemption(long redemptionId);

    /**
     * Records who fulfilled an invitation, unless someone did before (one statement: two admins at once record one).
     *
     * @return 1 when recorded now, 0 when it was fulfilled already or is no invitation
     */
    int markFulfilled(long redemptionId, Date at, String adminUser);

    /** The member's redemptions, newest first. */
    List<RewardRedemptionImpl> redemptionsOf(long accountId, int limit);

    /** Event invitations, waiting ones first (oldest first), then fulfilled ones (newest first). */
    List<RewardRedemptionImpl> invitations(int limit);

    long countRedemptions(long rewardId);

    void persist(Object entity);

    <T> T merge(T entity);

    void flush();
}
