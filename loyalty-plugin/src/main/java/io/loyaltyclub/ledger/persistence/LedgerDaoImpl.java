package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.PointsTotals;
import io.loyaltyclub.ledger.domain.LotState;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountImpl;
import io.loyaltyclub.ledger.domain.Lot;
import org.hibernate.dialect.PostgreSQL81Dialect;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Repository;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TemporalType;

@Repository("loyaltyLedgerDao")
public class LedgerDaoImpl implements LedgerDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public LoyaltyAccount lockAccount(long accountId) {
        int locked = em.createQuery("update LoyaltyAccountImpl a set a.postings = a.postings where a.id = :id")
                .setParameter("id", accountId)
                .executeUpdate();
        if (locked == 0) {
            return null;
        }
        // One read of the locked row either way: a reference not loaded yet is read when first used (now, after the
        // lock), one already loaded is read again by the refresh (a refresh leaves a reference not loaded as it is).
        LoyaltyAccount account = em.getReference(LoyaltyAccountImpl.class, accountId);
        em.refresh(account);
        return account;
    }

    /** Lots read by id in one query at most (a restored spending may have taken thousands). */
    private static final int LOTS_PER_QUERY = 1000;

    /** The columns of a lot, in the order {@link #toLots} reads them. */
    private static final String LOT = "l.POINTS_LOT_ID, l.ACCOUNT_ID, l.POINTS, l.REMAINING, l.REVERSED, l.EXPIRED_POINTS, "
            + "l.AVAILABLE_AT, l.EXPIRES_AT, l.STATE FROM LOYALTY_POINTS_LOT l ";

    private static final String DUE_LOTS = "SELECT " + LOT + "WHERE l.ACCOUNT_ID = ? AND ((l.STATE = 'PENDING' "
            + "AND l.AVAILABLE_AT <= ?) OR (l.STATE = 'ACTIVE' AND l.EXPIRES_AT <= ?))";

    /** Lot.SPENDING_ORDER: soonest-expiring first, never-expiring last, then the oldest, then by id. */
    private static final String SPENDABLE_LOTS = "SELECT " + LOT + "WHERE l.ACCOUNT_ID = ? AND l.STATE = 'ACTIVE' "
            + "AND (l.EXPIRES_AT IS NULL OR l.EXPIRES_AT > ?) "
            + "ORDER BY CASE WHEN l.EXPIRES_AT IS NULL THEN 1 ELSE 0 END, l.EXPIRES_AT, l.AVAILABLE_AT, l.POINTS_LOT_ID "
            + "LIMIT ? OFFSET ?";

    /** The ledger's tables (and the account's): what this transaction changed in them is flushed before the lock. */
    private static final Class<?>[] LEDGER_ENTITIES = {LoyaltyAccountImpl.class, LedgerEntryImpl.class,
            PointsLotImpl.class, PointsBalanceImpl.class, PointsDueImpl.class, LotConsumptionImpl.class};

    /** Instances handed to the id generators (which read the id field of the object they number). */
    private static final PointsLotImpl LOT_PROTOTYPE = new PointsLotImpl();
    private static final LedgerEntryImpl ENTRY_PROTOTYPE = new LedgerEntryImpl();
    private static final PointsDueImpl DUE_PROTOTYPE = new PointsDueImpl();
    private static final LotConsumptionImpl CONSUMPTION_PROTOTYPE = new LotConsumptionImpl();

    private volatile Set<String> ledgerSpaces;

    @Override
    public PostingLock lockForPosting(final long accountId, final String idempotencyKey, final Date now,
                                      final long toCover) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        flushLedgerChanges(session);
        final LoyaltyAccount loaded = loadedAccount(session, accountId);
        PostingLock lock = onConnection(new ReturningWork<PostingLock>() {
            @Override
            public PostingLock execute(Connection connection) throws SQLException {
                LedgerStatements sql = new LedgerStatements();
                boolean postgres = isPostgres();
                int locked;
                int account;
                if (postgres) {
                    // The updated row's own columns come back as locked; the look-ups after it see what committed.
                    locked = sql.query("UPDATE LOYALTY_ACCOUNT SET POSTINGS = POSTINGS + 1 WHERE LOYALTY_ACCOUNT_ID = ? "
                            + "RETURNING STATUS, DEBT, POSTINGS", accountId);
                    account = sql.query("SELECT (SELECT e.LEDGER_ENTRY_ID FROM LOYALTY_LEDGER_ENTRY e "
                            + "WHERE e.IDEMPOTENCY_KEY = ?), (SELECT count(*) FROM LOYALTY_POINTS_BALANCE b "
                            + "WHERE b.ACCOUNT_ID = ?)", idempotencyKey, accountId);
                } else {
                    locked = sql.update("UPDATE LOYALTY_ACCOUNT SET POSTINGS = POSTINGS + 1 WHERE LOYALTY_ACCOUNT_ID = ?",
                            accountId);
                    account = sql.query("SELECT a.STATUS, a.DEBT, a.POSTINGS, "
                            + "(SELECT e.LEDGER_ENTRY_ID FROM LOYALTY_LEDGER_ENTRY e WHERE e.IDEMPOTENCY_KEY = ?), "
                            + "(SELECT count(*) FROM LOYALTY_POINTS_BALANCE b WHERE b.ACCOUNT_ID = a.LOYALTY_ACCOUNT_ID) "
                            + "FROM LOYALTY_ACCOUNT a WHERE a.LOYALTY_ACCOUNT_ID = ?", idempotencyKey, accountId);
                }
                int due = sql.query(DUE_LOTS, accountId, now, now);
                int spendable = toCover > 0 ? sql.query(SPENDABLE_LOTS, accountId, now, SPENDABLE_PAGE, 0) : -1;
                List<Object> results = sql.run(connection, postgres);
                Object[] row;
                if (postgres) {
                    List<Object[]> lockedRow = rows(results.get(locked));
                    if (lockedRow.isEmpty()) {
                        return null;
                    }
                    Object[] lookUps = rows(results.get(account)).get(0);
                    row = new Object[] {lockedRow.get(0)[0], lockedRow.get(0)[1], lockedRow.get(0)[2], lookUps[0],
                            lookUps[1]};
                } else {
                    if ((Integer) results.get(locked) == 0) {
                        return null;
                    }
                    row = rows(results.get(account)).get(0);
                }
                return new PostingLock(
                        LockedAccount.row(accountId, ((String) row[0]).trim(), number(row[1]), number(row[2])),
                        row[3] == null ? null : number(row[3]), number(row[4]) > 0,
                        toLots(rows(results.get(due))),
                        spendable < 0 ? new ArrayList<Lot>() : toLots(rows(results.get(spendable))));
            }
        });
        if (lock == null || loaded == null) {
            return lock;
        }
        // The session holds the account: read the locked row into it, and let it carry the posting's changes.
        em.refresh(loaded);
        return new PostingLock(LockedAccount.of(loaded), lock.earlierId, lock.kept, lock.dueLots, lock.spendableLots);
    }

    /**
     * Flushes what this transaction changed in memory in the ledger's tables or the account's, as a query of them
     * would (Hibernate's auto-flush), before the ledger reads and writes them with SQL of its own.
     */
    private void flushLedgerChanges(SessionImplementor session) {
        if (session.getPersistenceContext().getEntityEntries().isEmpty()) {
            return;
        }
        Set<String> spaces = ledgerSpaces;
        if (spaces == null) {
            spaces = new HashSet<String>();
            for (Class<?> entity : LEDGER_ENTITIES) {
                for (Serializable space : session.getFactory().getEntityPersister(entity.getName()).getQuerySpaces()) {
                    spaces.add((String) space);
                }
            }
            ledgerSpaces = spaces;
        }
        AutoFlushEvent event = new AutoFlushEvent(new HashSet<String>(spaces), (EventSource) session);
        for (AutoFlushEventListener listener : session.getFactory().getServiceRegistry()
                .getService(EventListenerRegistry.class).getEventListenerGroup(EventType.AUTO_FLUSH).listeners()) {
            listener.onAutoFlush(event);
        }
    }

    /** The account entity if this transaction's session holds it (loaded, or made and flushed), else null. */
    private static LoyaltyAccount loadedAccount(SessionImplementor session, long accountId) {
        if (session.getPersistenceContext().getEntityEntries().isEmpty()) {
            return null;
        }
        EntityPersister persister = session.getFactory().getEntityPersister(LoyaltyAccountImpl.class.getName());
        return (LoyaltyAccount) session.getPersistenceContext().getEntity(session.generateEntityKey(accountId, persister));
    }

    @Override
    public List<Lot> openLots(long accountId) {
        return readLots("SELECT " + LOT + "WHERE l.ACCOUNT_ID = ? AND l.STATE IN ('PENDING', 'ACTIVE')", accountId);
    }

    @Override
    public List<Lot> dueLots(long accountId, Date now) {
        return readLots(DUE_LOTS, accountId, now, now);
    }

    @Override
    public List<Lot> spendableLots(long accountId, Date now, long points, int skip) {
        List<Lot> found = new ArrayList<Lot>();
        long held = 0;
        int page = SPENDABLE_PAGE;
        while (held < points) {
            List<Lot> next = readLots(SPENDABLE_LOTS, accountId, now, page, skip + found.size());
            for (Lot lot : next) {
                found.add(lot);
                held += lot.getRemaining();
            }
            if (next.size() < page) {
                break;
            }
            page *= 4;
        }
        return found;
    }

    @Override
    public List<Lot> lotsOf(long accountId, Collection<Long> ids) {
        List<Long> all = new ArrayList<Long>(new LinkedHashSet<Long>(ids));
        List<Lot> lots = new ArrayList<Lot>();
        for (int from = 0; from < all.size(); from += LOTS_PER_QUERY) {
            List<Long> some = all.subList(from, Math.min(all.size(), from + LOTS_PER_QUERY));
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < some.size(); i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            List<Object[]> rows = readRows("SELECT " + LOT + "WHERE l.POINTS_LOT_ID IN (" + in + ")", some.toArray());
            for (Object[] row : rows) {
                if (number(row[1]) != accountId) {
                    throw new IllegalArgumentException("Lot " + row[0] + " belongs to another account");
                }
            }
            lots.addAll(toLots(rows));
        }
        return lots;
    }

    @Override
    public Lot lot(long id) {
        List<Lot> found = readLots("SELECT " + LOT + "WHERE l.POINTS_LOT_ID = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public long newLotId() {
        return newId(LOT_PROTOTYPE);
    }

    @Override
    public long newEntryId() {
        return newId(ENTRY_PROTOTYPE);
    }

    private long newId(Object prototype) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        return ((Number) session.getFactory().getIdentifierGenerator(prototype.getClass().getName())
                .generate(session, prototype)).longValue();
    }

    @Override
    public void write(final PostingWrites writes) {
        final long accountId = writes.account.getId();
        final List<Long> dueIds = new ArrayList<Long>();
        for (PointsTotals.Due change : writes.dueChanges) {
            dueIds.add(change.getPoints() > 0 ? newId(DUE_PROTOTYPE) : 0L);
        }
        final List<Long> consumptionIds = new ArrayList<Long>();
        for (int i = 0; i < writes.consumptions.size(); i++) {
            consumptionIds.add(newId(CONSUMPTION_PROTOTYPE));
        }
        final boolean together = isPostgres();
        onConnection(new ReturningWork<Void>() {
            @Override
            public Void execute(Connection connection) throws SQLException {
                LedgerStatements sql = new LedgerStatements();
                for (Lot lot : writes.newLots) {
                    sql.update("INSERT INTO LOYALTY_POINTS_LOT (POINTS_LOT_ID, ACCOUNT_ID, POINTS, REMAINING, REVERSED, "
                                    + "EXPIRED_POINTS, AVAILABLE_AT, EXPIRES_AT, STATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            lot.getId(), accountId, lot.getPoints(), lot.getRemaining(), lot.getReversed(),
                            lot.getExpired(), Date.from(lot.getAvailableAt()), LedgerStatements.orNull(dateOf(lot.getExpiresAt())),
                            lot.getState().name());
                }
                for (Lot lot : writes.changedLots) {
                    sql.update("UPDATE LOYALTY_POINTS_LOT SET REMAINING = ?, REVERSED = ?, EXPIRED_POINTS = ?, "
                                    + "AVAILABLE_AT = ?, STATE = ? WHERE POINTS_LOT_ID = ?",
                            lot.getRemaining(), lot.getReversed(), lot.getExpired(), Date.from(lot.getAvailableAt()),
                            lot.getState().name(), lot.getId());
                }
                for (LedgerEntryImpl e : writes.entries) {
                    sql.update("INSERT INTO LOYALTY_LEDGER_ENTRY (LEDGER_ENTRY_ID, ACCOUNT_ID, ACCOUNT_SEQ, ENTRY_TYPE, "
                                    + "POINTS, REASON, REFERENCE, ORDER_ID, NOTE, ADMIN_USER, IDEMPOTENCY_KEY, CREATED_AT, "
                                    + "AVAILABLE_AT, EXPIRES_AT, LOT_ID, RELATED_ENTRY_ID) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            e.getId(), e.getAccountId(), e.getSequence(), e.getType().name(), e.getPoints(),
                            e.getReason().name(), LedgerStatements.orNull(e.getReference()),
                            LedgerStatements.orNull(e.getOrderId()), LedgerStatements.orNull(e.getNote()),
                            LedgerStatements.orNull(e.getAdminUser()), e.getIdempotencyKey(), e.getCreatedAt(),
                            LedgerStatements.orNull(e.getAvailableAt()), LedgerStatements.orNull(e.getExpiresAt()),
                            LedgerStatements.orNull(e.getLotId()), LedgerStatements.orNull(e.getRelatedEntryId()));
                }
                for (int i = 0; i < writes.consumptions.size(); i++) {
                    long[] c = writes.consumptions.get(i);
                    sql.update("INSERT INTO LOYALTY_LOT_CONSUMPTION (LOT_CONSUMPTION_ID, ENTRY_ID, LOT_ID, POINTS, RESTORED) "
                            + "VALUES (?, ?, ?, ?, 0)", consumptionIds.get(i), c[0], c[1], c[2]);
                }
                if (writes.newBalance) {
                    sql.update("INSERT INTO LOYALTY_POINTS_BALANCE (ACCOUNT_ID, AVAILABLE, PENDING) VALUES (?, ?, ?)",
                            accountId, writes.availableChange, writes.pendingChange);
                } else if (writes.availableChange != 0 || writes.pendingChange != 0) {
                    sql.update("UPDATE LOYALTY_POINTS_BALANCE SET AVAILABLE = AVAILABLE + ?, PENDING = PENDING + ? "
                            + "WHERE ACCOUNT_ID = ?", writes.availableChange, writes.pendingChange, accountId);
                }
                if (writes.account.rowChanged()) {
                    sql.update("UPDATE LOYALTY_ACCOUNT SET DEBT = ?, POSTINGS = ? WHERE LOYALTY_ACCOUNT_ID = ?",
                            writes.account.getDebt(), writes.account.getPostings(), accountId);
                }
                List<Integer> dueUpdates = new ArrayList<Integer>();
                boolean lowered = false;
                for (int i = 0; i < writes.dueChanges.size(); i++) {
                    PointsTotals.Due change = writes.dueChanges.get(i);
                    lowered |= change.getPoints() < 0;
                    Date expires = dateOf(change.getExpiresAt());
                    String moments = "ACCOUNT_ID = ? AND STATE = ? AND DUE_AT = ? AND "
                            + (expires == null ? "EXPIRES_AT IS NULL" : "EXPIRES_AT = ?");
                    List<Object> values = new ArrayList<Object>();
                    values.add(change.getPoints());
                    values.addAll(Arrays.<Object>asList(accountId, change.getState().name(), Date.from(change.getAt())));
                    if (expires != null) {
                        values.add(expires);
                    }
                    String update = "UPDATE LOYALTY_POINTS_DUE SET POINTS = POINTS + ? WHERE " + moments;
                    if (together && change.getPoints() > 0) {
                        // Made when missing, in the same statement: the account's lock keeps others from its rows.
                        values.addAll(Arrays.<Object>asList(dueIds.get(i), accountId, change.getState().name(),
                                Date.from(change.getAt()), LedgerStatements.orNull(expires), change.getPoints()));
                        sql.update("WITH changed AS (" + update + " RETURNING 1) INSERT INTO LOYALTY_POINTS_DUE "
                                + "(POINTS_DUE_ID, ACCOUNT_ID, STATE, DUE_AT, EXPIRES_AT, POINTS) SELECT CAST(? AS BIGINT), "
                                + "CAST(? AS BIGINT), CAST(? AS VARCHAR(20)), CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), "
                                + "CAST(? AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM changed)", values.toArray());
                        dueUpdates.add(-1);
                    } else {
                        dueUpdates.add(sql.update(update, values.toArray()));
                    }
                }
                int emptied = -1;
                if (lowered) {
                    // Points due at a moment that came to nothing are removed; below nothing is refused (rolled back).
                    emptied = together
                            ? sql.query("DELETE FROM LOYALTY_POINTS_DUE WHERE ACCOUNT_ID = ? AND POINTS <= 0 RETURNING POINTS",
                                    accountId)
                            : sql.query("SELECT POINTS FROM LOYALTY_POINTS_DUE WHERE ACCOUNT_ID = ? AND POINTS < 0",
                                    accountId);
                    if (!together) {
                        sql.update("DELETE FROM LOYALTY_POINTS_DUE WHERE ACCOUNT_ID = ? AND POINTS = 0", accountId);
                    }
                }
                List<Object> results = sql.run(connection, together);
                for (int i = 0; i < writes.dueChanges.size(); i++) {
                    PointsTotals.Due change = writes.dueChanges.get(i);
                    if (dueUpdates.get(i) < 0 || (Integer) results.get(dueUpdates.get(i)) > 0) {
                        continue;
                    }
                    if (change.getPoints() < 0) {
                        throw new IllegalStateException("Account " + accountId + " would owe points due: " + change);
                    }
                    LedgerStatements insert = new LedgerStatements();
                    insert.update("INSERT INTO LOYALTY_POINTS_DUE (POINTS_DUE_ID, ACCOUNT_ID, STATE, DUE_AT, EXPIRES_AT, "
                                    + "POINTS) VALUES (?, ?, ?, ?, ?, ?)", dueIds.get(i), accountId,
                            change.getState().name(), Date.from(change.getAt()),
                            LedgerStatements.orNull(dateOf(change.getExpiresAt())), change.getPoints());
                    insert.run(connection, false);
                }
                if (emptied >= 0) {
                    for (Object[] due : rows(results.get(emptied))) {
                        if (number(due[0]) < 0) {
                            throw new IllegalStateException("Account " + accountId + " would owe points due");
                        }
                    }
                }
                return null;
            }
        });
        forgetLots(writes);
    }

    /** Lot entities this session may hold of the lots just written are stale: the session lets go of them. */
    private void forgetLots(PostingWrites writes) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        if (writes.changedLots.isEmpty() || session.getPersistenceContext().getEntityEntries().isEmpty()) {
            return;
        }
        EntityPersister persister = session.getFactory().getEntityPersister(PointsLotImpl.class.getName());
        for (Lot lot : writes.changedLots) {
            Object held = session.getPersistenceContext().getEntity(session.generateEntityKey(lot.getId(), persister));
            if (held != null) {
                em.detach(held);
            }
        }
    }

    /**
     * Runs {@code work} on the transaction's own JDBC connection, as Hibernate's {@code doReturningWork} does but
     * without its JDBC proxies (they log a warning for every result set taken with {@code getMoreResults}, and cost
     * time); the work closes what it opens. A database's refusal becomes Hibernate's exception for it, as it would.
     */
    private <T> T onConnection(ReturningWork<T> work) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        Connection connection = session.getTransactionCoordinator().getJdbcCoordinator().getLogicalConnection()
                .getConnection();
        try {
            return work.execute(connection);
        } catch (SQLException e) {
            throw session.getFactory().getSQLExceptionHelper().convert(e, "The ledger's statements");
        }
    }

    private List<Lot> readLots(String statement, Object... values) {
        return toLots(readRows(statement, values));
    }

    private List<Object[]> readRows(final String statement, final Object... values) {
        return onConnection(new ReturningWork<List<Object[]>>() {
            @Override
            public List<Object[]> execute(Connection connection) throws SQLException {
                LedgerStatements sql = new LedgerStatements();
                sql.query(statement, values);
                return rows(sql.run(connection, false).get(0));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Object result) {
        return (List<Object[]>) result;
    }

    private static List<Lot> toLots(List<Object[]> rows) {
        List<Lot> lots = new ArrayList<Lot>(rows.size());
        for (Object[] row : rows) {
            lots.add(new Lot(number(row[0]), number(row[2]), number(row[3]), number(row[4]), number(row[5]),
                    ((Date) row[6]).toInstant(), row[7] == null ? null : ((Date) row[7]).toInstant(),
                    LotState.valueOf(((String) row[8]).trim())));
        }
        return lots;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Date dateOf(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private volatile Boolean postgres;

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = em.unwrap(SessionImplementor.class).getFactory().getDialect() instanceof PostgreSQL81Dialect;
        }
        return postgres;
    }

    @Override
    public boolean hasKeptBalance(long accountId) {
        return em.createQuery("select count(b) from PointsBalanceImpl b where b.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult() > 0;
    }

    @Override
    public LedgerEntryImpl entryByKey(String idempotencyKey) {
        List<LedgerEntryImpl> found = em.createQuery(
                        "select e from LedgerEntryImpl e where e.idempotencyKey = :key", LedgerEntryImpl.class)
                .setParameter("key", idempotencyKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public LedgerEntryImpl entry(long id) {
        return em.find(LedgerEntryImpl.class, id);
    }

    @Override
    public List<LotConsumptionImpl> consumptionsOf(long entryId) {
        return em.createQuery("select c from LotConsumptionImpl c where c.entryId = :entry order by c.id",
                        LotConsumptionImpl.class)
                .setParameter("entry", entryId)
                .getResultList();
    }

    @Override
    public StoredBalance readBalance(long accountId, Date now, Date horizon) {
        // Three parts of one statement (one snapshot), each an index lookup: the account's debt with its kept
        // balance, its pending points due by now, its available points expiring by the horizon.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT 'BALANCE' AS KIND, a.DEBT AS N1, COALESCE(b.AVAILABLE, 0) AS N2, COALESCE(b.PENDING, 0) AS N3, "
                                + "CASE WHEN b.ACCOUNT_ID IS NULL THEN 0 ELSE 1 END AS N4, a.JOINED_AT AS T1, "
                                + "a.JOINED_AT AS T2 "
                                + "FROM LOYALTY_ACCOUNT a "
                                + "LEFT JOIN LOYALTY_POINTS_BALANCE b ON b.ACCOUNT_ID = a.LOYALTY_ACCOUNT_ID "
                                + "WHERE a.LOYALTY_ACCOUNT_ID = ? "
                                + "UNION ALL SELECT d.STATE, d.POINTS, 0, 0, CASE WHEN d.EXPIRES_AT IS NULL THEN 0 ELSE 1 END, "
                                + "d.DUE_AT, COALESCE(d.EXPIRES_AT, d.DUE_AT) FROM LOYALTY_POINTS_DUE d "
                                + "WHERE d.ACCOUNT_ID = ? AND d.STATE = 'PENDING' AND d.DUE_AT <= ? "
                                + "UNION ALL SELECT d.STATE, d.POINTS, 0, 0, 1, d.DUE_AT, d.EXPIRES_AT "
                                + "FROM LOYALTY_POINTS_DUE d "
                                + "WHERE d.ACCOUNT_ID = ? AND d.STATE = 'ACTIVE' AND d.DUE_AT <= ?")
                .setParameter(1, accountId)
                .setParameter(2, accountId)
                .setParameter(3, now, TemporalType.TIMESTAMP)
                .setParameter(4, accountId)
                .setParameter(5, horizon, TemporalType.TIMESTAMP)
                .getResultList();
        Object[] balance = null;
        List<PointsTotals.Due> due = new ArrayList<PointsTotals.Due>();
        for (Object[] row : rows) {
            String kind = String.valueOf(row[0]).trim();
            if ("BALANCE".equals(kind)) {
                balance = row;
            } else {
                due.add(new PointsTotals.Due(LotState.valueOf(kind), ((Date) row[5]).toInstant(),
                        ((Number) row[4]).intValue() == 0 ? null : ((Date) row[6]).toInstant(),
                        ((Number) row[1]).longValue()));
            }
        }
        if (balance == null) {
            return null;
        }
        long debt = ((Number) balance[1]).longValue();
        if (((Number) balance[4]).intValue() == 0) {
            return new StoredBalance(debt, null);
        }
        return new StoredBalance(debt, new PointsTotals(((Number) balance[2]).longValue(),
                ((Number) balance[3]).longValue(), debt, due));
    }

    @Override
    public List<LedgerEntry> history(long accountId, Long beforeId, int limit) {
        if (beforeId == null) {
            return historyPage(accountId, 0, limit);
        }
        LedgerEntryImpl before = em.find(LedgerEntryImpl.class, beforeId);
        if (before == null || !before.getAccountId().equals(accountId)) {
            return new ArrayList<LedgerEntry>();
        }
        return new ArrayList<LedgerEntry>(em.createQuery("select e from LedgerEntryImpl e "
                        + "where e.accountId = :account and e.sequence < :before order by e.sequence desc",
                        LedgerEntryImpl.class)
                .setParameter("account", accountId)
                .setParameter("before", before.getSequence())
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public List<LedgerEntry> historyPage(long accountId, int offset, int limit) {
        return new ArrayList<LedgerEntry>(em.createQuery(
                        "select e from LedgerEntryImpl e where e.accountId = :account order by e.sequence desc",
                        LedgerEntryImpl.class)
                .setParameter("account", accountId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public long countEntries(long accountId) {
        return em.createQuery("select count(e) from LedgerEntryImpl e where e.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    @Override
    public long sumOfEntries(long accountId) {
        Long sum = em.createQuery("select sum(e.points) from LedgerEntryImpl e where e.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<LedgerEntry> entriesOfOrder(long orderId) {
        return new ArrayList<LedgerEntry>(em.createQuery(
                        "select e from LedgerEntryImpl e where e.orderId = :order order by e.id", LedgerEntryImpl.class)
                .setParameter("order", orderId)
                .getResultList());
    }

    @Override
    public int nameOrder(long orderId, String orderNumber) {
        return em.createQuery("update LedgerEntryImpl e set e.reference = :number "
                        + "where e.orderId = :order and e.reference is null")
                .setParameter("number", orderNumber)
                .setParameter("order", orderId)
                .executeUpdate();
    }

    @Override
    public List<Long> accountsWithDueLots(Date now, int limit) {
        Set<Long> due = new LinkedHashSet<Long>();
        due.addAll(em.createQuery("select distinct l.accountId from PointsLotImpl l "
                        + "where l.state = :pending and l.availableAt <= :now", Long.class)
                .setParameter("pending", LotState.PENDING.name())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList());
        if (due.size() < limit) {
            due.addAll(em.createQuery("select distinct l.accountId from PointsLotImpl l "
                            + "where l.state = :active and l.expiresAt <= :now", Long.class)
                    .setParameter("active", LotState.ACTIVE.name())
                    .setParameter("now", now)
                    .setMaxResults(limit - due.size())
                    .getResultList());
        }
        return new ArrayList<Long>(due);
    }
}
