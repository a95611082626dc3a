package io.loyaltyclub.coupon.persistence;

import io.loyaltyclub.member.persistence.MemberStatus;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

@Repository("loyaltyMemberCouponDao")
public class MemberCouponDaoImpl implements MemberCouponDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CouponRule> activeRules(String occasion) {
        return em.createQuery("select r from CouponRuleImpl r where r.active = true and r.occasion = :occasion "
                + "order by r.id", CouponRule.class).setParameter("occasion", occasion).getResultList();
    }

    @Override
    public CouponRule findRule(long ruleId) {
        return em.find(CouponRuleImpl.class, ruleId);
    }

    @Override
    public MemberCouponImpl find(long ruleId, long accountId, String occasionKey) {
        List<MemberCouponImpl> found = em.createQuery("select c from MemberCouponImpl c where c.ruleId = :rule "
                + "and c.accountId = :account and c.occasionKey = :key", MemberCouponImpl.class)
                .setParameter("rule", ruleId).setParameter("account", accountId).setParameter("key", occasionKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<MemberCouponImpl> findByOfferCodes(Collection<Long> offerCodeIds) {
        if (offerCodeIds.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select c from MemberCouponImpl c where c.offerCodeId in (:codes)",
                MemberCouponImpl.class).setParameter("codes", offerCodeIds).getResultList();
    }

    @Override
    public MemberCouponImpl lock(long memberCouponId) {
        // An update of the row, not a SELECT ... FOR UPDATE: HSQLDB takes no lock for the latter (as the ledger's
        // account lock).
        int locked = em.createQuery("update MemberCouponImpl c set c.maxUses = c.maxUses where c.id = :id")
                .setParameter("id", memberCouponId).executeUpdate();
        if (locked == 0) {
            return null;
        }
        MemberCouponImpl coupon = em.find(MemberCouponImpl.class, memberCouponId);
        em.refresh(coupon);
        return coupon;
    }

    @Override
    public List<MemberCouponImpl> ofAccount(long accountId, int limit) {
        return em.createQuery("select c from MemberCouponImpl c where c.accountId = :account "
                + "order by c.issuedAt desc, c.id desc", MemberCouponImpl.class)
                .setParameter("account", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    public long countUses(long memberCouponId, Long exceptOrderId, Date inFlightSince) {
        TypedQuery<Long> query = em.createQuery("select count(u) from CouponUseImpl u, OrderImpl o "
                + "where u.memberCouponId = :coupon and o.id = u.orderId and o.id <> :except "
                + "and (o.status <> :cart or u.claimedAt > :since)", Long.class);
        return query.setParameter("coupon", memberCouponId)
                .setParameter("except", exceptOrderId == null ? Long.valueOf(-1L) : exceptOrderId)
                .setParameter("cart", OrderStatus.IN_PROCESS.getType())
                .setParameter("since", inFlightSince)
                .getSingleResult();
    }

    @Override
    public CouponUseImpl findUse(long memberCouponId, long orderId) {
        List<CouponUseImpl> found = em.createQuery("select u from CouponUseImpl u where u.memberCouponId = :coupon "
                + "and u.orderId = :order", CouponUseImpl.class)
                .setParameter("coupon", memberCouponId).setParameter("order", orderId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public int releaseOrder(long orderId) {
        return em.createQuery("delete from CouponUseImpl u where u.orderId = :order").setParameter("order", orderId)
                .executeUpdate();
    }

    @Override
    public List<Long> accountsWithout(long ruleId, String occasionKey, Collection<String> tierCodes, int limit) {
        String tiers = tierCodes == null ? "" : " and a.tierCode in (:tiers)";
        TypedQuery<Long> query = em.createQuery("select a.id from LoyaltyAccountImpl a where a.status = :active"
                + tiers + " and not exists (select c.id from MemberCouponImpl c where c.accountId = a.id "
                + "and c.ruleId = :rule and c.occasionKey = :key) order by a.id", Long.class)
                .setParameter("active", MemberStatus.ACTIVE.name())
                .setParameter("rule", ruleId).setParameter("key", occasionKey);
        if (tierCodes != null) {
            if (tierCodes.isEmpty()) {
                return Collections.emptyList();
            }
            query.setParameter("tiers", tierCodes);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public void persist(Object entity) {
        em.persist(entity);
    }

    @Override
    public void remove(Object entity) {
        em.remove(em.contains(entity) ? entity : em.merge(entity));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
