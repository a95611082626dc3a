package io.loyaltyclub.tier.persistence;

import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import io.loyaltyclub.earning.persistence.OrderEarningState;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.member.persistence.MemberStatus;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;

@Repository("loyaltyTierStandingDao")
public class TierStandingDaoImpl implements TierStandingDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public TierStandingImpl findStanding(long accountId) {
        return em.find(TierStandingImpl.class, accountId);
    }

    @Override
    public io.loyaltyclub.member.persistence.LoyaltyAccount account(long accountId) {
        return em.find(io.loyaltyclub.member.persistence.LoyaltyAccountImpl.class, accountId);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void persist(Object row) {
        em.persist(row);
    }

    @Override
    public List<TierChangeImpl> changes(long accountId, int limit) {
        return em.createQuery("select c from TierChangeImpl c where c.accountId = :account "
                        + "order by c.changedAt desc, c.id desc", TierChangeImpl.class)
                .setParameter("account", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    public long pointsEarned(long accountId, Date from, Date to, List<String> countedReasons) {
        Number earned = em.createQuery("select coalesce(sum(e.points), 0) from LedgerEntryImpl e "
                        + "where e.accountId = :account and e.type = :earn and e.reason in (:counted) "
                        + "and e.availableAt >= :from and e.availableAt < :to", Number.class)
                .setParameter("account", accountId).setParameter("earn", EntryType.EARN.name())
                .setParameter("counted", countedReasons).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        Number reversed = em.createQuery("select coalesce(sum(r.points), 0) from LedgerEntryImpl r, LedgerEntryImpl e "
                        + "where r.accountId = :account and r.type = :reverse and r.relatedEntryId = e.id "
                        + "and e.type = :earn and e.reason in (:counted) "
                        + "and e.availableAt >= :from and e.availableAt < :to", Number.class)
                .setParameter("account", accountId).setParameter("reverse", EntryType.REVERSE_EARN.name())
                .setParameter("earn", EntryType.EARN.name()).setParameter("counted", countedReasons)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        // Reversals are negative entries.
        return earned.longValue() + reversed.longValue();
    }

    @Override
    public List<OrderEarningImpl> earnedOrders(long accountId, Date since) {
        return new ArrayList<OrderEarningImpl>(em.createQuery("select o from OrderEarningImpl o "
                        + "where o.accountId = :account and o.state = :earned and o.earnedAt >= :since",
                OrderEarningImpl.class)
                .setParameter("account", accountId).setParameter("earned", OrderEarningState.EARNED.name())
                .setParameter("since", since).getResultList());
    }

    @Override
    public List<Long> membersToReview(Date reviewedBefore, int limit) {
        return em.createQuery("select a.id from LoyaltyAccountImpl a where a.status = :active and not exists ("
                        + "select s.accountId from TierStandingImpl s where s.accountId = a.id "
                        + "and s.reviewedAt >= :before) order by a.id", Long.class)
                .setParameter("active", MemberStatus.ACTIVE.name()).setParameter("before", reviewedBefore)
                .setMaxResults(limit).getResultList();
    }
}
