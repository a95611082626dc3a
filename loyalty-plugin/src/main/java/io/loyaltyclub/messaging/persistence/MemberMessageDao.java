package io.loyaltyclub.messaging.persistence;

import java.util.Date;
import java.util.List;

/** Storage of member messages and the facts that trigger them (read from the club's other tables). */
public interface MemberMessageDao {

    MemberMessageImpl findByKey(String key);

    MemberMessageImpl find(long id);

    /** Stores a new message and writes it now, so a key taken meanwhile fails here (and the caller retries). */
    MemberMessageImpl insert(MemberMessageImpl message);

    /** Queued messages whose time has come, oldest first, at most {@code limit}. */
    List<Long> due(Date now, int limit);

    /**
     * Claims a queued message for sending: QUEUED to SENDING in one conditional update.
     *
     * @return whether this caller holds it now
     */
    boolean claim(long id, Date now);

    /** When the member's messages sent since {@code since} went, plus those being sent right now (as now). */
    List<Date> sentSince(long accountId, Date since, Date now);

    /** Messages left in SENDING since before {@code claimedBefore} (their sender stopped), at most {@code limit}. */
    List<Long> abandoned(Date claimedBefore, int limit);

    /** The member's messages, newest first. */
    List<MemberMessageImpl> ofAccount(long accountId, int limit);

    MessageSettingsImpl settings();

    void persist(Object row);

    // The facts messages are about.

    /** Members who joined in {@code (from, to]}: account ids. */
    List<Long> joinedBetween(Date from, Date to);

    /**
     * Earned lots that were pending and became available in {@code (from, to]} with points left: rows of account id,
     * lot id, points left.
     */
    List<Object[]> lotsAvailableBetween(Date from, Date to);

    /** Open lots with points left expiring in {@code (from, to]}: rows of account id, expiry. */
    List<Object[]> lotsExpiringBetween(Date from, Date to);

    /** Points of the member's open lots expiring in {@code [from, to)}. */
    long pointsExpiringBetween(long accountId, Date from, Date to);

    /** Tier changes recorded in {@code (from, to]}, oldest first. */
    List<io.loyaltyclub.tier.persistence.TierChangeImpl> tierChangesBetween(Date from, Date to);

    /** Members whose qualified tier is kept until a moment in {@code (from, to]}. */
    List<Long> tiersEndingBetween(Date from, Date to);
}
