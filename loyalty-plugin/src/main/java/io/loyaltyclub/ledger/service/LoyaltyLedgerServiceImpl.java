package io.loyaltyclub.ledger.service;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.Consumption;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.domain.Lot;
import io.loyaltyclub.ledger.domain.PointsAccount;
import io.loyaltyclub.ledger.domain.PointsTotals;
import io.loyaltyclub.ledger.domain.Posting;
import io.loyaltyclub.ledger.persistence.LedgerDao;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.persistence.LedgerEntryImpl;
import io.loyaltyclub.ledger.persistence.LockedAccount;
import io.loyaltyclub.ledger.persistence.LotConsumptionImpl;
import io.loyaltyclub.ledger.persistence.PostingWrites;
import io.loyaltyclub.ledger.persistence.StoredBalance;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyLedgerService")
public class LoyaltyLedgerServiceImpl implements LoyaltyLedgerService {

    static final int MAX_KEY_LENGTH = 200;

    @Resource(name = "loyaltyLedgerDao")
    protected LedgerDao dao;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    public Balance balance(long accountId) {
        return balanceAt(accountId, clock.instant());
    }

    @Override
    public Balance balanceAt(final long accountId, final Instant at) {
        return transactions.run(new TransactionCallback<Balance>() {
            @Override
            public Balance doInTransaction(TransactionStatus status) {
                Duration lookAhead = Duration.ofDays(EXPIRY_LOOK_AHEAD_DAYS);
                StoredBalance stored = dao.readBalance(accountId, Date.from(at), Date.from(at.plus(lookAhead)));
                if (stored == null) {
                    throw new UnknownAccountException(accountId);
                }
                if (stored.isKept()) {
                    // The kept totals with what fell due by now played in order: pending points whose time has
                    // come are available (paying a debt first), points past their expiry are not, job or no job.
                    return stored.getTotals().at(at, lookAhead);
                }
                // Lots written before the ledger kept balances: build the account's now, from its lots.
                LoyaltyAccount account = dao.lockAccount(accountId);
                Book book = new Book(account);
                book.save();
                return book.balanceFromLots(at);
            }
        });
    }

    @Override
    public Balance balanceFromLots(final long accountId, final Instant at) {
        return transactions.run(new TransactionCallback<Balance>() {
            @Override
            public Balance doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = dao.lockAccount(accountId);
                if (account == null) {
                    throw new UnknownAccountException(accountId);
                }
                return new Book(account).balanceFromLots(at);
            }
        });
    }

    @Override
    public PostingResult earn(long accountId, final long points, final Instant availableAt, final Instant expiresAt,
                              final EntrySource source, String key) {
        return post(accountId, key, source, new Operation(EntryType.EARN, points, true) {
            @Override
            Posting apply(Book book, Instant now) {
                return book.points.earn(points, now, availableAt, expiresAt);
            }
        });
    }

    @Override
    public PostingResult redeem(long accountId, final long points, EntrySource source, String key) {
        return post(accountId, key, source, new Operation(EntryType.REDEEM, -points, true) {
            @Override
            Posting apply(Book book, Instant now) {
                return book.points.redeem(points, now);
            }
        });
    }

    @Override
    public PostingResult reverseEarn(final long earnEntryId, final long points, EntrySource source, String key) {
        final LedgerEntry earning = requireEntry(earnEntryId, EntryType.EARN);
        return post(earning.getAccountId(), key, source, new Operation(EntryType.REVERSE_EARN, -points, false) {
            @Override
            List<Long> lotsNeeded() {
                return Collections.singletonList(earning.getLotId());
            }

            @Override
            Posting apply(Book book, Instant now) {
                return book.points.reverseEarn(book.lot(earning.getLotId()), points, now);
            }

            @Override
            Long related() {
                return earning.getId();
            }
        });
    }

    @Override
    public long reversiblePoints(final long earnEntryId) {
        final LedgerEntry earning = requireEntry(earnEntryId, EntryType.EARN);
        return transactions.run(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Lot lot = dao.lot(earning.getLotId());
                return lot == null ? 0L : lot.getReversible();
            }
        });
    }

    @Override
    public PostingResult restore(final long spendingEntryId, final long points, EntrySource source, String key) {
        final LedgerEntry spending = findEntry(spendingEntryId);
        if (spending == null || (spending.getType() != EntryType.REDEEM
                && !(spending.getType() == EntryType.ADJUST && spending.getPoints() < 0))) {
            throw new IllegalArgumentException("Entry " + spendingEntryId + " spent no points that could be given back");
        }
        final ProgrammeRules rules = programmes.findProgramme().toRules();
        return post(spending.getAccountId(), key, source, new Operation(EntryType.RESTORE_REDEEM, points, false) {
            private List<LotConsumptionImpl> rows;

            @Override
            List<Long> lotsNeeded() {
                rows = dao.consumptionsOf(spending.getId());
                List<Long> ids = new ArrayList<Long>();
                for (LotConsumptionImpl row : rows) {
                    ids.add(row.getLotId());
                }
                return ids;
            }

            @Override
            Posting apply(Book book, Instant now) {
                Map<Consumption, LotConsumptionImpl> byDomain = new IdentityHashMap<Consumption, LotConsumptionImpl>();
                List<Consumption> consumptions = new ArrayList<Consumption>();
                for (LotConsumptionImpl row : rows) {
                    Consumption c = new Consumption(book.lot(row.getLotId()), row.getPoints(), row.getRestored());
                    consumptions.add(c);
                    byDomain.put(c, row);
                }
                Posting posting = book.points.restore(consumptions, points, now, rules.graceExpiry(now));
                for (Consumption c : posting.getRestored()) {
                    byDomain.get(c).setRestored(c.getRestored());
                }
                return posting;
            }

            @Override
            Long related() {
                return spending.getId();
            }
        });
    }

    @Override
    public PostingResult adjust(long accountId, final long points, EntrySource source, String key) {
        final ProgrammeRules rules = programmes.findProgramme().toRules();
        return post(accountId, key, source, new Operation(EntryType.ADJUST, points, false) {
            @Override
            Posting apply(Book book, Instant now) {
                return book.points.adjust(points, now, points > 0 ? rules.expiresAt(now) : null);
            }
        });
    }

    @Override
    public int settle(final long accountId) {
        return transactions.run(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = dao.lockAccount(accountId);
                if (account == null) {
                    throw new UnknownAccountException(accountId);
                }
                Instant now = clock.instant();
                Book book = new Book(account, Collections.<Long>emptyList(), now);
                int changed = book.catchUp(now);
                book.save();
                return changed;
            }
        });
    }

    @Override
    public long endPendingPeriod(final long earnEntryId) {
        final LedgerEntry earning = requireEntry(earnEntryId, EntryType.EARN);
        return transactions.run(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = dao.lockAccount(earning.getAccountId());
                if (account == null) {
                    throw new UnknownAccountException(earning.getAccountId());
                }
                Instant now = clock.instant();
                Book book = new Book(account, Collections.singletonList(earning.getLotId()), now);
                book.catchUp(now);
                long available = book.points.endPendingPeriod(book.lot(earning.getLotId()), now);
                book.save();
                if (available > 0) {
                    dao.entry(earning.getId()).availableFrom(Date.from(now));
                }
                return available;
            }
        });
    }

    @Override
    public List<Long> accountsToSettle(final int limit) {
        return transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.accountsWithDueLots(Date.from(clock.instant()), limit);
            }
        });
    }

    @Override
    public void lockAccount(long accountId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Lock an account inside the transaction that works on it");
        }
        if (dao.lockAccount(accountId) == null) {
            throw new UnknownAccountException(accountId);
        }
    }

    @Override
    public List<LedgerEntry> entriesOfOrder(final long orderId) {
        return transactions.run(new TransactionCallback<List<LedgerEntry>>() {
            @Override
            public List<LedgerEntry> doInTransaction(TransactionStatus status) {
                return dao.entriesOfOrder(orderId);
            }
        });
    }

    @Override
    public void nameOrder(final long orderId, final String orderNumber) {
        if (orderNumber == null) {
            return;
        }
        transactions.run(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return dao.nameOrder(orderId, orderNumber);
            }
        });
    }

    @Override
    public LedgerEntry findByKey(final String key) {
        return transactions.run(new TransactionCallback<LedgerEntry>() {
            @Override
            public LedgerEntry doInTransaction(TransactionStatus status) {
                return dao.entryByKey(key);
            }
        });
    }

    @Override
    public LedgerEntry findEntry(final long entryId) {
        return transactions.run(new TransactionCallback<LedgerEntry>() {
            @Override
            public LedgerEntry doInTransaction(TransactionStatus status) {
                return dao.entry(entryId);
            }
        });
    }

    @Override
    public List<LedgerEntry> history(final long accountId, final Long beforeId, final int limit) {
        return transactions.run(new TransactionCallback<List<LedgerEntry>>() {
            @Override
            public List<LedgerEntry> doInTransaction(TransactionStatus status) {
                return dao.history(accountId, beforeId, limit);
            }
        });
    }

    @Override
    public List<LedgerEntry> historyPage(final long accountId, final int page, final int pageSize) {
        return transactions.run(new TransactionCallback<List<LedgerEntry>>() {
            @Override
            public List<LedgerEntry> doInTransaction(TransactionStatus status) {
                return dao.historyPage(accountId, Math.max(0, page) * pageSize, pageSize);
            }
        });
    }

    @Override
    public long countEntries(final long accountId) {
        return transactions.run(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return dao.countEntries(accountId);
            }
        });
    }

    @Override
    public long sumOfEntries(final long accountId) {
        return transactions.run(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return dao.sumOfEntries(accountId);
            }
        });
    }

    private LedgerEntry requireEntry(long entryId, EntryType type) {
        LedgerEntry entry = findEntry(entryId);
        if (entry == null || entry.getType() != type) {
            throw new IllegalArgumentException("Entry " + entryId + " is no " + type + " entry");
        }
        return entry;
    }

    /**
     * One posting: lock the account, answer a repeated key with the first entry, bring the account up to date,
     * apply the operation and store what changed.
     */
    private PostingResult post(final long accountId, final String key, final EntrySource source, final Operation op) {
        if (key == null || key.trim().isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A posting needs an idempotency key of 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (source == null) {
            throw new IllegalArgumentException("A posting needs a source");
        }
        return transactions.run(new TransactionCallback<PostingResult>() {
            @Override
            public PostingResult doInTransaction(TransactionStatus status) {
                Instant now = clock.instant();
                LedgerDao.PostingLock lock = dao.lockForPosting(accountId, key, Date.from(now), op.pointsTaken());
                if (lock == null) {
                    throw new UnknownAccountException(accountId);
                }
                LockedAccount account = lock.account;
                if (lock.earlierId != null) {
                    LedgerEntryImpl earlier = dao.entry(lock.earlierId);
                    if (!earlier.getAccountId().equals(accountId) || earlier.getType() != op.type
                            || earlier.getPoints() != op.signedPoints) {
                        throw new IdempotencyConflictException(key);
                    }
                    account.releaseEntrySequence();
                    dao.write(new PostingWrites(account));
                    return new PostingResult(earlier, true);
                }
                if (op.needsActiveAccount && !account.isActive()) {
                    throw new AccountNotActiveException(accountId, account.getStatus());
                }
                Book book = new Book(account, op.lotsNeeded(), now, op.pointsTaken(), lock);
                book.sequenceReserved = true;
                book.catchUp(now);
                Posting posting = op.apply(book, now);
                LedgerEntryImpl entry = book.record(posting, source, key, op.related());
                book.save();
                return new PostingResult(entry, false);
            }
        });
    }

    /** What a posting does to the loaded account. */
    private abstract static class Operation {
        final EntryType type;
        final long signedPoints;
        final boolean needsActiveAccount;

        Operation(EntryType type, long signedPoints, boolean needsActiveAccount) {
            this.type = type;
            this.signedPoints = signedPoints;
            this.needsActiveAccount = needsActiveAccount;
        }

        /**
         * At most how many available points the operation takes (a spending, a correction down, a reversal beyond
         * what is left of its lot); the book loads the lots that hold them, soonest-expiring first.
         */
        long pointsTaken() {
            return signedPoints < 0 ? -signedPoints : 0;
        }

        /** Lots beyond the due ones that the operation changes (a reversed earning's, a restored spending's). */
        List<Long> lotsNeeded() {
            return Collections.emptyList();
        }

        abstract Posting apply(Book book, Instant now);

        /** The entry this one undoes, or null. */
        Long related() {
            return null;
        }
    }

    /**
     * A locked account's lots loaded into the domain, and how to store what the domain changed: the lots, the debt,
     * and the kept balance with its points due by moment, changed by exactly what the lots' changes add up to.
     */
    private final class Book {
        final LockedAccount account;
        final PointsAccount points;
        final Map<Long, Lot> lots = new HashMap<Long, Lot>();
        /** The loaded lots as they were stored, to tell what changed. */
        final Map<Long, Lot> stored = new HashMap<Long, Lot>();
        /** False when the account has no kept balance yet: {@link #save} builds it. */
        final boolean kept;
        final PostingWrites writes;
        /** Whether the posting's lock reserved the number of the first entry recorded (the account's postings). */
        boolean sequenceReserved;

        /** With all the account's open lots, for the balance worked out from them. */
        Book(LoyaltyAccount account) {
            this(LockedAccount.of(account), Collections.<Long>emptyList(), null, 0, null);
        }

        Book(LoyaltyAccount account, List<Long> extraLots, Instant now) {
            this(LockedAccount.of(account), extraLots, now, 0, null);
        }

        /**
         * With only what an operation at {@code now} can change, which is all it can change: the lots it names, the
         * lots due by now (becoming available or expiring), and the available lots that a spending of
         * {@code toCover} points takes first, soonest-expiring first. A debt is paid only from lots becoming
         * available (while there is a debt nothing else is available), and those are among the due ones or the
         * operation's own. All open lots when the account has no kept balance yet, to build it. The lock of a
         * posting brings the due lots and the first spendable ones with it.
         */
        Book(LockedAccount account, List<Long> extraLots, Instant now, long toCover, LedgerDao.PostingLock lock) {
            this.account = account;
            this.writes = new PostingWrites(account);
            this.kept = lock != null ? lock.kept : dao.hasKeptBalance(account.getId());
            List<Lot> loaded = new ArrayList<Lot>();
            if (now == null || !this.kept) {
                loaded.addAll(dao.openLots(account.getId()));
            } else if (lock != null) {
                loaded.addAll(lock.dueLots);
                loaded.addAll(lock.spendableLots);
                long held = 0;
                for (Lot lot : lock.spendableLots) {
                    held += lot.getRemaining();
                }
                if (held < toCover && lock.spendableLots.size() == LedgerDao.SPENDABLE_PAGE) {
                    loaded.addAll(dao.spendableLots(account.getId(), Date.from(now), toCover - held,
                            lock.spendableLots.size()));
                }
            } else {
                loaded.addAll(dao.dueLots(account.getId(), Date.from(now)));
            }
            for (Lot lot : loaded) {
                stored.put(lot.getId(), lot);
            }
            List<Long> missing = new ArrayList<Long>();
            for (Long id : extraLots) {
                if (id != null && !stored.containsKey(id)) {
                    missing.add(id);
                }
            }
            for (Lot lot : dao.lotsOf(account.getId(), missing)) {
                stored.put(lot.getId(), lot);
            }
            for (Lot lot : stored.values()) {
                lots.put(lot.getId(), copy(lot));
            }
            this.points = new PointsAccount(lots.values(), account.getDebt());
        }

        Lot lot(Long id) {
            Lot lot = id == null ? null : lots.get(id);
            if (lot == null) {
                throw new IllegalArgumentException("Lot " + id + " is not this account's");
            }
            return lot;
        }

        /**
         * Activates lots whose time has come and expires those past their expiry, in the order that happened;
         * returns how many changed.
         */
        int catchUp(Instant now) {
            List<Lot> activated = new ArrayList<Lot>();
            int changed = 0;
            for (Posting expiry : points.settle(now, activated)) {
                Lot lot = expiry.getChangedLots().get(0);
                record(expiry, EntrySource.of(EntryReason.EXPIRY), "expire:lot:" + lot.getId(), null);
                changed++;
            }
            return changed + activated.size();
        }

        /** The balance the loaded lots come to at {@code at}, worked out from the lots (changes nothing stored). */
        Balance balanceFromLots(Instant at) {
            List<Lot> copies = new ArrayList<Lot>();
            for (Lot lot : lots.values()) {
                copies.add(copy(lot));
            }
            PointsAccount later = new PointsAccount(copies, points.debt());
            later.settle(at, new ArrayList<Lot>());
            return later.balance(at, Duration.ofDays(EXPIRY_LOOK_AHEAD_DAYS));
        }

        LedgerEntryImpl record(Posting posting, EntrySource source, String key, Long related) {
            Lot created = posting.getCreatedLot();
            for (Lot lot : posting.getCreatedLots()) {
                lot.assignId(dao.newLotId());
                lots.put(lot.getId(), lot);
                writes.newLot(lot);
            }
            long sequence = sequenceReserved ? account.getPostings() : account.nextEntrySequence();
            sequenceReserved = false;
            LedgerEntryImpl entry = new LedgerEntryImpl(account.getId(), sequence, posting.getType(),
                    posting.getPoints(), source.getReason(), key, Date.from(posting.getAt()))
                    .describedBy(source.getReference(), source.getOrderId(), source.getNote(), source.getAdminUser())
                    .undoing(related);
            Lot lotOfEntry = created != null ? created
                    : posting.getType() == EntryType.EXPIRE ? posting.getChangedLots().get(0) : null;
            if (lotOfEntry != null) {
                // The lot's times as they were when the entry was made (an expiry's lot as it was stored).
                Lot before = stored.containsKey(lotOfEntry.getId()) ? stored.get(lotOfEntry.getId()) : lotOfEntry;
                entry.forLot(lotOfEntry.getId(), Date.from(before.getAvailableAt()),
                        before.getExpiresAt() == null ? null : Date.from(before.getExpiresAt()));
            }
            entry.assignId(dao.newEntryId());
            writes.entry(entry);
            for (Consumption c : posting.getConsumed()) {
                writes.consumption(entry.getId(), c.getLot().getId(), c.getPoints());
            }
            return entry;
        }

        void save() {
            for (Map.Entry<Long, Lot> e : lots.entrySet()) {
                Lot before = stored.get(e.getKey());
                if (before != null && !same(before, e.getValue())) {
                    writes.changedLot(e.getValue());
                }
            }
            account.setDebt(points.debt());
            keepBalance();
            dao.write(writes);
        }

        /**
         * Changes the kept balance and the points due by what the lots' changes add up to (each lot adds its
         * remaining points to available or pending, and to the moment they fall due); builds them from the lots when
         * the account has none yet.
         */
        private void keepBalance() {
            long available = 0;
            long pending = 0;
            List<PointsTotals.Due> changes = new ArrayList<PointsTotals.Due>();
            for (Map.Entry<Long, Lot> e : lots.entrySet()) {
                Lot before = kept ? stored.get(e.getKey()) : null;
                Lot after = e.getValue();
                available += availableOf(after) - availableOf(before);
                pending += pendingOf(after) - pendingOf(before);
                PointsTotals.Due was = before == null ? null : PointsTotals.dueOf(before);
                PointsTotals.Due is = PointsTotals.dueOf(after);
                if (was != null && is != null && was.sameMoments(is)) {
                    if (is.getPoints() != was.getPoints()) {
                        changes.add(is.with(is.getPoints() - was.getPoints()));
                    }
                    continue;
                }
                if (was != null) {
                    changes.add(was.with(-was.getPoints()));
                }
                if (is != null) {
                    changes.add(is);
                }
            }
            if (!kept) {
                writes.newBalance(available, pending);
            } else {
                writes.balanceChange(available, pending);
            }
            // One change per pair of moments: what the lots' changes at them add up to, when not nothing.
            Map<String, PointsTotals.Due> byMoments = new LinkedHashMap<String, PointsTotals.Due>();
            for (PointsTotals.Due change : changes) {
                String moments = keyOf(change);
                PointsTotals.Due sum = byMoments.get(moments);
                byMoments.put(moments, sum == null ? change : sum.with(sum.getPoints() + change.getPoints()));
            }
            for (PointsTotals.Due change : byMoments.values()) {
                if (change.getPoints() != 0) {
                    writes.dueChange(change);
                }
            }
        }
    }

    private static boolean same(Lot a, Lot b) {
        return a.getRemaining() == b.getRemaining() && a.getReversed() == b.getReversed()
                && a.getExpired() == b.getExpired() && a.getState() == b.getState()
                && a.getAvailableAt().equals(b.getAvailableAt());
    }

    private static String keyOf(PointsTotals.Due due) {
        return due.getState() + " " + due.getAt().toEpochMilli() + " "
                + (due.getExpiresAt() == null ? "never" : String.valueOf(due.getExpiresAt().toEpochMilli()));
    }

    private static long availableOf(Lot lot) {
        return lot != null && lot.isActive() ? lot.getRemaining() : 0;
    }

    private static long pendingOf(Lot lot) {
        return lot != null && lot.isPending() ? lot.getRemaining() : 0;
    }

    private static Lot copy(Lot lot) {
        return new Lot(lot.getId(), lot.getPoints(), lot.getRemaining(), lot.getReversed(), lot.getExpired(),
                lot.getAvailableAt(), lot.getExpiresAt(), lot.getState());
    }
}
