package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.member.persistence.LoyaltyAccount;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/** Storage of accounts' points: lots, entries and what spendings took from which lot. */
public interface LedgerDao {

    /**
     * Locks the account's row until the transaction ends (an update of the row, which every database
     * serialises) and returns it with its current debt; null when there is no such account.
     */
    LoyaltyAccount lockAccount(long accountId);

    /**
     * Locks the account's row for a posting as {@link #lockAccount} does and, in the same update, reserves the number
     * of the entry the posting writes (the account's {@code getPostings()} is then that number, and the row needs no
     * further update unless the debt changes); also looks up the entry already posted under {@code idempotencyKey}.
     * On PostgreSQL one statement ({@code UPDATE ... RETURNING} with the key's look-up and whether the account has its
     * kept balance), elsewhere three. Null when
     * there is no such account.
     */
    PostingLock lockForPosting(long accountId, String idempotencyKey);

    /**
     * The locked account of a posting, the entry posted earlier under its key (null when none) and whether the
     * account has its kept balance row (null when not looked up with the lock: ask {@link #hasKeptBalance}).
     */
    final class PostingLock {
        public final LoyaltyAccount account;
        public final LedgerEntryImpl earlier;
        public final Boolean kept;

        public PostingLock(LoyaltyAccount account, LedgerEntryImpl earlier, Boolean kept) {
            this.account = account;
            this.earlier = earlier;
            this.kept = kept;
        }
    }

    /** The account's lots that still hold points (pending or active). */
    List<PointsLotImpl> openLots(long accountId);

    /** The account's pending lots whose time has come and active lots whose expiry has come, by {@code now}. */
    List<PointsLotImpl> dueLots(long accountId, Date now);

    /**
     * The account's active lots not expired by {@code now}, soonest-expiring first (then the oldest), read a page at a
     * time (8 lots, then 32, 128...) until they hold {@code points} together, or all of them when they hold fewer.
     */
    List<PointsLotImpl> spendableLots(long accountId, Date now, long points);

    List<PointsLotImpl> lots(Collection<Long> ids);

    LedgerEntryImpl entryByKey(String idempotencyKey);

    LedgerEntryImpl entry(long id);

    List<LotConsumptionImpl> consumptionsOf(long entryId);

    void persist(Object row);

    /** Makes the database assign ids to what was persisted. */
    void flush();

    /**
     * One statement reading the account's debt, its kept balance and the points falling due by {@code now} (pending
     * points) or by {@code horizon} (available points expiring), so that they agree; its cost does not grow with the
     * account's lots.
     *
     * @return null when there is no such account
     */
    StoredBalance readBalance(long accountId, Date now, Date horizon);

    /** Whether the account has its kept balance row (not when its lots were written before the ledger kept one). */
    boolean hasKeptBalance(long accountId);

    /** Adds to the account's kept balance row, in the database (one update, no read). */
    void addToKeptBalance(long accountId, long available, long pending);

    /** The account's points due at any of {@code moments}. */
    List<PointsDueImpl> dueAt(long accountId, Collection<Date> moments);

    void remove(Object row);

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
