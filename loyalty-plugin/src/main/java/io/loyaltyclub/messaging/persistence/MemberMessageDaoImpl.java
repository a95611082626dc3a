package io.loyaltyclub.messaging.persistence;

import io.loyaltyclub.messaging.domain.MessageState;
import io.loyaltyclub.tier.persistence.TierChangeImpl;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyMemberMessageDao")
public class MemberMessageDaoImpl implements MemberMessageDao {

    private static final String OPEN_LOT = "l.state in ('PENDING', 'ACTIVE') and l.remaining > 0";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public MemberMessageImpl findByKey(String key) {
        List<MemberMessageImpl> found = em.createQuery("select m from MemberMessageImpl m where m.key = :key",
                MemberMessageImpl.class).setParameter("key", key).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public MemberMessageImpl find(long id) {
        return em.find(MemberMessageImpl.class, id);
    }

    @Override
    public MemberMessageImpl insert(MemberMessageImpl message) {
        em.persist(message);
        em.flush();
        return message;
    }

    @Override
    public List<Long> due(Date now, int limit) {
        return em.createQuery("select m.id from MemberMessageImpl m where m.state = :queued and m.notBefore <= :now "
                        + "order by m.notBefore, m.id", Long.class)
                .setParameter("queued", MessageState.QUEUED.name())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(long id, Date now) {
        return em.createQuery("update MemberMessageImpl m set m.state = :sending, m.claimedAt = :now, "
                        + "m.attempts = m.attempts + 1 where m.id = :id and m.state = :queued")
                .setParameter("sending", MessageState.SENDING.name())
                .setParameter("queued", MessageState.QUEUED.name())
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    @Override
    public List<Date> sentSince(long accountId, Date since, Date now) {
        List<Date> sent = new ArrayList<Date>(em.createQuery("select m.sentAt from MemberMessageImpl m "
                        + "where m.accountId = :account and m.state = :sent and m.sentAt > :since", Date.class)
                .setParameter("account", accountId)
                .setParameter("sent", MessageState.SENT.name())
                .setParameter("since", since)
                .getResultList());
        Long inFlight = em.createQuery("select count(m) from MemberMessageImpl m where m.accountId = :account "
                        + "and m.state = :sending", Long.class)
                .setParameter("account", accountId)
                .setParameter("sending", MessageState.SENDING.name())
                .getSingleResult();
        for (long i = 0; i < inFlight; i++) {
            sent.add(now);
        }
        return sent;
    }

    @Override
    public List<Long> abandoned(Date claimedBefore, int limit) {
        return em.createQuery("select m.id from MemberMessageImpl m where m.state = :sending "
                        + "and m.claimedAt < :before order by m.id", Long.class)
                .setParameter("sending", MessageState.SENDING.name())
                .setParameter("before", claimedBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<MemberMessageImpl> ofAccount(long accountId, int limit) {
        return em.createQuery("select m from MemberMessageImpl m where m.accountId = :account order by m.id desc",
                        MemberMessageImpl.class)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public MessageSettingsImpl settings() {
        return em.find(MessageSettingsImpl.class, MessageSettingsImpl.THE_ROW);
    }

    @Override
    public void persist(Object row) {
        em.persist(row);
    }

    @Override
    public List<Long> joinedBetween(Date from, Date to) {
        return em.createQuery("select a.id from LoyaltyAccountImpl a where a.joinedAt > :from and a.joinedAt <= :to "
                        + "order by a.id", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Object[]> lotsAvailableBetween(Date from, Date to) {
        return em.createQuery("select l.accountId, l.id, l.remaining from LedgerEntryImpl e, PointsLotImpl l "
                        + "where e.lotId = l.id and e.type = 'EARN' and e.availableAt > e.createdAt "
                        + "and l.availableAt > :from and l.availableAt <= :to and " + OPEN_LOT + " order by l.id",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Object[]> lotsExpiringBetween(Date from, Date to) {
        return em.createQuery("select l.accountId, l.expiresAt from PointsLotImpl l where l.expiresAt > :from "
                        + "and l.expiresAt <= :to and " + OPEN_LOT + " order by l.accountId, l.expiresAt",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public long pointsExpiringBetween(long accountId, Date from, Date to) {
        Long points = em.createQuery("select sum(l.remaining) from PointsLotImpl l where l.accountId = :account "
                        + "and l.expiresAt >= :from and l.expiresAt < :to and " + OPEN_LOT, Long.class)
                .setParameter("account", accountId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return points == null ? 0 : points;
    }

    @Override
    public List<TierChangeImpl> tierChangesBetween(Date from, Date to) {
        return em.createQuery("select c from TierChangeImpl c where c.changedAt > :from and c.changedAt <= :to "
                        + "and c.toTierCode is not null order by c.id", TierChangeImpl.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Long> tiersEndingBetween(Date from, Date to) {
        return em.createQuery("select s.accountId from TierStandingImpl s where s.keptUntil > :from "
                        + "and s.keptUntil <= :to order by s.accountId", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
