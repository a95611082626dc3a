package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.Lot;
import io.loyaltyclub.member.persistence.LoyaltyAccount;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/** Storage of accounts' points: lots, entries and what spendings took from which lot. */
public interface LedgerDao {

    /** Spendable lots read at first for a spending; most spendings take one or two. */
    int SPENDABLE_PAGE = 8;

    /**
     * Locks the account's row until the transaction ends (an update of the row, which every database
     * serialises) and returns it with its current debt; null when there is no such account.
     */
    LoyaltyAccount lockAccount(long accountId);

    /**
     * Locks the account's row for a posting as {@link #lockAccount} does and, in the same update, reserves the number
     * of the entry the posting writes (the account's {@code getPostings()} is then that number, and the row needs no
     * further update unless the debt changes); then, after the lock (so that nothing another posting committed is
     * missed), reads the account, looks up the entry already posted under {@code idempotencyKey}, tells whether the
     * account has its kept balance, and reads the lots a posting at {@code now} may change: those due by then and,
     * when it takes {@code toCover} points, the first page of the spendable ones ({@link #spendableLots}). On
     * PostgreSQL in one round trip. Null when there is no such account.
     */
    PostingLock lockForPosting(long accountId, String idempotencyKey, Date now, long toCover);

    /**
     * The locked account of a posting, the id of the entry posted earlier under its key (null when none), whether the
     * account has its kept balance row, and the lots read with the lock.
     */
    final class PostingLock {
        public final LockedAccount account;
        public final Long earlierId;
        public final boolean kept;
        public final List<Lot> dueLots;
        public final List<Lot> spendableLots;

        PostingLock(LockedAccount account, Long earlierId, boolean kept, List<Lot> dueLots, List<Lot> spendableLots) {
            this.account = account;
            this.earlierId = earlierId;
            this.kept = kept;
            this.dueLots = dueLots;
            this.spendableLots = spendableLots;
        }
    }

    /** The account's lots that still hold points (pending or active). */
    List<Lot> openLots(long accountId);

    /** The account's pending lots whose time has come and active lots whose expiry has come, by {@code now}. */
    List<Lot> dueLots(long accountId, Date now);

    /**
     * The account's active lots not expired by {@code now}, soonest-expiring first (then the oldest), from the
     * {@code skip}-th on, read a page at a time (8 lots, then 32, 128...) until they hold {@code points} together, or
     * all of them when they hold fewer.
     */
    List<Lot> spendableLots(long accountId, Date now, long points, int skip);

    /** The account's lots of these ids; refuses a lot of another account. */
    List<Lot> lotsOf(long accountId, Collection<Long> ids);

    /** The lot, or null. */
    Lot lot(long id);

    /** A new id for a lot, an entry, a consumption or points due (Broadleaf's table generator, as Hibernate's). */
    long newLotId();

    long newEntryId();

    /** Writes what a posting changed, in one round trip on PostgreSQL; refuses points due below zero. */
    void write(PostingWrites writes);

    /** Whether the account has its kept balance row (not when its lots were written before the ledger kept one). */
    boolean hasKeptBalance(long accountId);

    LedgerEntryImpl entryByKey(String idempotencyKey);

    LedgerEntryImpl entry(long id);

    List<LotConsumptionImpl> consumptionsOf(long entryId);

    /**
     * One statement reading the account's debt, its kept balance and the points falling due by {@code now} (pending
     * points) or by {@code horizon} (available points expiring), so that they agree; its cost does not grow with the
     * account's lots.
     *
     * @return null when there is no such account
     */
    StoredBalance readBalance(long accountId, Date now, Date horizon);

    /** The newest entries first, older than {@code beforeId} when it is given. */
    List<LedgerEntry> history(long accountId, Long beforeId, int limit);

    /** The newest entries first, skipping {@code offset}. */
    List<LedgerEntry> historyPage(long accountId, int offset, int limit);

    long countEntries(long accountId);

    long sumOfEntries(long accountId);

    /** The entries about an order, oldest first. */
    List<LedgerEntry> entriesOfOrder(long orderId);

    /** Sets the order number as the reference of the order's entries that have none yet; returns how many. */
    int nameOrder(long orderId, String orderNumber);

    /** Accounts with lots whose available time or expiry has come by {@code now}, at most {@code limit}. */
    List<Long> accountsWithDueLots(Date now, int limit);
}
