package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.PointsTotals;
import io.loyaltyclub.ledger.domain.LotState;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountImpl;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQL81Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.LongType;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TemporalType;

@Repository("loyaltyLedgerDao")
public class LedgerDaoImpl implements LedgerDao {

    /** Lots read at first for a spending; most spendings take one or two. */
    private static final int SPENDABLE_PAGE = 8;

    private static final List<String> OPEN = Arrays.asList(LotState.PENDING.name(), LotState.ACTIVE.name());

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

    @Override
    public PostingLock lockForPosting(long accountId, String idempotencyKey) {
        Session session = em.unwrap(Session.class);
        if (!isPostgres(session)) {
            int locked = em.createQuery("update LoyaltyAccountImpl a set a.postings = a.postings + 1 where a.id = :id")
                    .setParameter("id", accountId)
                    .executeUpdate();
            if (locked == 0) {
                return null;
            }
            LoyaltyAccount account = em.getReference(LoyaltyAccountImpl.class, accountId);
            em.refresh(account);
            return new PostingLock(account, entryByKey(idempotencyKey), null);
        }
        // The key's look-up runs in the statement's snapshot, taken before the lock was granted: an entry with the
        // same key committed by a posting that held the lock meanwhile is not seen here, but its unique key then
        // refuses this posting's entry, and the transaction is run again (Transactions), seeing it. Likewise a kept
        // balance built meanwhile (an account's first touch): this posting builds it too, and its row's key refuses it.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = session.createSQLQuery("UPDATE LOYALTY_ACCOUNT a SET POSTINGS = a.POSTINGS + 1 "
                        + "WHERE a.LOYALTY_ACCOUNT_ID = ? RETURNING a.*, a.POSTINGS AS LOCKED_POSTINGS, "
                        + "(SELECT e.LEDGER_ENTRY_ID FROM LOYALTY_LEDGER_ENTRY e WHERE e.IDEMPOTENCY_KEY = ?) AS EARLIER_ID, "
                        + "(SELECT count(*) FROM LOYALTY_POINTS_BALANCE b WHERE b.ACCOUNT_ID = a.LOYALTY_ACCOUNT_ID) AS KEPT")
                .addEntity(LoyaltyAccountImpl.class)
                .addScalar("LOCKED_POSTINGS", LongType.INSTANCE)
                .addScalar("EARLIER_ID", LongType.INSTANCE)
                .addScalar("KEPT", LongType.INSTANCE)
                // Flushes first what this transaction changed in the tables read (as a JPQL query would).
                .addSynchronizedEntityClass(LoyaltyAccountImpl.class)
                .addSynchronizedEntityClass(LedgerEntryImpl.class)
                .addSynchronizedEntityClass(PointsBalanceImpl.class)
                .setLong(0, accountId)
                .setString(1, idempotencyKey)
                .list();
        if (rows.isEmpty()) {
            return null;
        }
        LoyaltyAccount account = (LoyaltyAccount) rows.get(0)[0];
        if (account.getPostings() != (Long) rows.get(0)[1]) {
            // Loaded before in this transaction: Hibernate kept the loaded state; read the locked row.
            em.refresh(account);
        }
        Long earlier = (Long) rows.get(0)[2];
        return new PostingLock(account, earlier == null ? null : em.find(LedgerEntryImpl.class, earlier),
                (Long) rows.get(0)[3] > 0);
    }

    private volatile Boolean postgres;

    private boolean isPostgres(Session session) {
        if (postgres == null) {
            postgres = ((SessionFactoryImplementor) session.getSessionFactory()).getDialect() instanceof PostgreSQL81Dialect;
        }
        return postgres;
    }

    @Override
    public List<PointsLotImpl> openLots(long accountId) {
        return em.createQuery("select l from PointsLotImpl l where l.accountId = :account and l.state in (:open)",
                        PointsLotImpl.class)
                .setParameter("account", accountId)
                .setParameter("open", OPEN)
                .getResultList();
    }

    @Override
    public List<PointsLotImpl> dueLots(long accountId, Date now) {
        return em.createQuery("select l from PointsLotImpl l where l.accountId = :account "
                        + "and ((l.state = :pending and l.availableAt <= :now) or (l.state = :active and l.expiresAt <= :now))",
                        PointsLotImpl.class)
                .setParameter("account", accountId)
                .setParameter("pending", LotState.PENDING.name())
                .setParameter("active", LotState.ACTIVE.name())
                .setParameter("now", now, TemporalType.TIMESTAMP)
                .getResultList();
    }

    @Override
    public List<PointsLotImpl> spendableLots(long accountId, Date now, long points) {
        List<PointsLotImpl> found = new ArrayList<PointsLotImpl>();
        long held = 0;
        int page = SPENDABLE_PAGE;
        while (held < points) {
            // Lot.SPENDING_ORDER: soonest-expiring first, never-expiring last, then the oldest, then by id.
            List<PointsLotImpl> next = em.createQuery("select l from PointsLotImpl l where l.accountId = :account "
                            + "and l.state = :active and (l.expiresAt is null or l.expiresAt > :now) "
                            + "order by case when l.expiresAt is null then 1 else 0 end, l.expiresAt, l.availableAt, l.id",
                            PointsLotImpl.class)
                    .setParameter("account", accountId)
                    .setParameter("active", LotState.ACTIVE.name())
                    .setParameter("now", now, TemporalType.TIMESTAMP)
                    .setFirstResult(found.size())
                    .setMaxResults(page)
                    .getResultList();
            for (PointsLotImpl lot : next) {
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
    public List<PointsLotImpl> lots(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select l from PointsLotImpl l where l.id in (:ids)", PointsLotImpl.class)
                .setParameter("ids", new ArrayList<Long>(new LinkedHashSet<Long>(ids)))
                .getResultList();
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
    public void persist(Object row) {
        em.persist(row);
    }

    @Override
    public void flush() {
        em.flush();
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
    public boolean hasKeptBalance(long accountId) {
        return em.createQuery("select count(b) from PointsBalanceImpl b where b.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult() > 0;
    }

    @Override
    public void addToKeptBalance(long accountId, long available, long pending) {
        em.createQuery("update PointsBalanceImpl b set b.available = b.available + :available, "
                        + "b.pending = b.pending + :pending where b.accountId = :account")
                .setParameter("available", available)
                .setParameter("pending", pending)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    @Override
    public List<PointsDueImpl> dueAt(long accountId, Collection<Date> moments) {
        if (moments.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select d from PointsDueImpl d where d.accountId = :account and d.dueAt in (:moments)",
                        PointsDueImpl.class)
                .setParameter("account", accountId)
                .setParameter("moments", new ArrayList<Date>(new LinkedHashSet<Date>(moments)))
                .getResultList();
    }

    @Override
    public void remove(Object row) {
        em.remove(row);
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
