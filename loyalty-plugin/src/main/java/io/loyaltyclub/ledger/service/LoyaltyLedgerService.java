package io.loyaltyclub.ledger.service;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.persistence.LedgerEntry;

import java.time.Instant;
import java.util.List;

/**
 * Every change of a member's points goes through here (loyalty spec, section 2). Each posting:
 * <ul>
 *   <li>carries an idempotency key: a second posting with the same key changes nothing and returns the first
 *       entry ({@link PostingResult#isReplayed()}); the same key for a different change is refused;</li>
 *   <li>locks the member's account row, so concurrent postings for one member happen one after the other and
 *       never spend the same points twice;</li>
 *   <li>first brings the account up to date: lots whose pending period ended become available (paying a debt
 *       first), lots whose expiry has come expire.</li>
 * </ul>
 * Postings join a surrounding transaction; without one each runs in its own, retried when the database
 * reports a lock conflict.
 */
public interface LoyaltyLedgerService {

    /** Days ahead the "expiring soon" figure of a balance looks. */
    int EXPIRY_LOOK_AHEAD_DAYS = 30;

    /**
     * The account's points now: available, pending, debt, and what expires within the next 30 days.
     *
     * @throws UnknownAccountException when there is no such account
     */
    Balance balance(long accountId);

    /**
     * Credits earned points as a new lot, pending until {@code availableAt} and expiring at {@code expiresAt}
     * (null: never).
     *
     * @throws AccountNotActiveException when the membership is suspended or closed
     */
    PostingResult earn(long accountId, long points, Instant availableAt, Instant expiresAt, EntrySource source,
                       String key);

    /**
     * Spends available points, soonest-expiring first.
     *
     * @throws io.loyaltyclub.ledger.domain.InsufficientPointsException when fewer are available
     * @throws AccountNotActiveException when the membership is suspended or closed
     */
    PostingResult redeem(long accountId, long points, EntrySource source, String key);

    /**
     * Takes back {@code points} of an earning (its lot first, then other available points, the rest as debt).
     *
     * @throws IllegalArgumentException when the entry is no earning, or more would be taken back than it earned
     */
    PostingResult reverseEarn(long earnEntryId, long points, EntrySource source, String key);

    /**
     * How many points of an earning can still be taken back: not taken back before and not expired (expired points
     * are gone already; taking them back again would cost the member twice).
     */
    long reversiblePoints(long earnEntryId);

    /**
     * Gives back {@code points} of a spending to the lots it took them from (a lot that expired meanwhile gives
     * them a grace period of the programme's grace days).
     *
     * @throws IllegalArgumentException when the entry is no spending, or more would be given back than it took
     */
    PostingResult restore(long spendingEntryId, long points, EntrySource source, String key);

    /** An admin's correction up or down; points missing for a correction down become a debt. */
    PostingResult adjust(long accountId, long points, EntrySource source, String key);

    /**
     * Ends an earning's pending period now, before its time (an admin ended the return window of its order): the
     * points of its lot still pending become available at once (paying a debt first), and the lot and the entry say
     * they became available now, so everything that asks when they became available (tiers, the points-available
     * message, the history) sees it. Under the member's lock; no ledger entry (the balance total does not change).
     * Calling it again, or for points already available, taken back or expired, changes nothing.
     *
     * @return the points that became available now (0 when none were pending)
     * @throws IllegalArgumentException when the entry is no earning
     */
    long endPendingPeriod(long earnEntryId);

    /**
     * Brings the account up to date: activates lots whose pending period has ended, expires lots whose expiry
     * has come (one EXPIRE entry per lot).
     *
     * @return the number of lots that changed
     */
    int settle(long accountId);

    /** Accounts that have lots due for activation or expiry, at most {@code limit}. */
    List<Long> accountsToSettle(int limit);

    /**
     * Locks the account until the caller's transaction ends, for work that reads and then posts several entries
     * as one (a return of an order). Call it inside a transaction.
     *
     * @throws UnknownAccountException when there is no such account
     */
    void lockAccount(long accountId);

    /** The entries about an order (earned on it, paid for it, given or taken back), oldest first. */
    List<LedgerEntry> entriesOfOrder(long orderId);

    /**
     * Gives an order's entries that were made before Broadleaf numbered the order (the points that paid for it are
     * spent while it is being placed) the order number as their reference.
     */
    void nameOrder(long orderId, String orderNumber);

    /** The entry recorded under this key, or null. */
    LedgerEntry findByKey(String key);

    LedgerEntry findEntry(long entryId);

    /** The newest entries first, older than {@code beforeId} when it is given. */
    List<LedgerEntry> history(long accountId, Long beforeId, int limit);

    List<LedgerEntry> historyPage(long accountId, int page, int pageSize);

    long countEntries(long accountId);

    /** The sum of all the account's entries; always equals available + pending - debt. */
    long sumOfEntries(long accountId);

    /** What {@link #balance} would say at another moment (for tests and the members' page). */
    Balance balanceAt(long accountId, Instant at);

    /**
     * The balance at {@code at} worked out the slow way, from the account's lots and debt (under its lock), not from
     * the balance the ledger keeps: what {@link #balanceAt} must always equal. For checks of the ledger and tests.
     */
    Balance balanceFromLots(long accountId, Instant at);
}
