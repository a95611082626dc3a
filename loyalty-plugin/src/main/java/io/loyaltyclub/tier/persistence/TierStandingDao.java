package io.loyaltyclub.tier.persistence;

import io.loyaltyclub.earning.persistence.OrderEarningImpl;

import java.util.Date;
import java.util.List;

/** Members' qualification state and tier history, and what qualification measures (points earned, orders). */
public interface TierStandingDao {

    /** The member's standing, or null before the first review. */
    TierStandingImpl findStanding(long accountId);

    void persist(Object row);

    /** Writes pending changes now (before a ledger posting refreshes the account row). */
    void flush();

    /** The member's account (to be locked by the caller first), or null. */
    io.loyaltyclub.member.persistence.LoyaltyAccount account(long accountId);

    /** The member's tier changes, newest first. */
    List<TierChangeImpl> changes(long accountId, int limit);

    /**
     * Points earned that became available in {@code [from, to)}: earnings of the {@code countedReasons} (what counts
     * toward tiers, {@link io.loyaltyclub.tier.domain.TierCounting}), less whatever of them was taken back since.
     */
    long pointsEarned(long accountId, Date from, Date to, List<String> countedReasons);

    /** The member's orders that earned, credited since {@code since} (what money-spent qualification reads). */
    List<OrderEarningImpl> earnedOrders(long accountId, Date since);

    /** Active members not reviewed since {@code reviewedBefore}, lowest id first, at most {@code limit}. */
    List<Long> membersToReview(Date reviewedBefore, int limit);
}
