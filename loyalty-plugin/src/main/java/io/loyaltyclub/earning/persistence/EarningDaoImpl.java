package io.loyaltyclub.earning.persistence;

import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyEarningDao")
public class EarningDaoImpl implements EarningDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<EarningRule> activeRules() {
        return new ArrayList<EarningRule>(em.createQuery(
                "select r from EarningRuleImpl r where r.active = true", EarningRuleImpl.class).getResultList());
    }

    @Override
    public List<EarningCampaign> activeCampaigns() {
        return new ArrayList<EarningCampaign>(em.createQuery(
                "select c from EarningCampaignImpl c where c.active = true", EarningCampaignImpl.class).getResultList());
    }

    @Override
    public OrderEarningImpl findForOrder(long orderId) {
        List<OrderEarningImpl> found = em.createQuery(
                        "select e from OrderEarningImpl e where e.orderId = :order", OrderEarningImpl.class)
                .setParameter("order", orderId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public OrderEarningImpl save(OrderEarningImpl earning) {
        if (earning.getId() == null) {
            em.persist(earning);
            return earning;
        }
        return em.merge(earning);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Long> submittedMemberOrdersWithoutEarning(Date since, int limit) {
        return em.createQuery("select o.id from org.broadleafcommerce.core.order.domain.OrderImpl o, "
                        + "io.loyaltyclub.member.persistence.LoyaltyAccountImpl a "
                        + "where a.customerId = o.customer.id and o.status = :submitted and o.submitDate >= :since "
                        + "and o.submitDate >= a.joinedAt "
                        + "and not exists (select e.id from OrderEarningImpl e where e.orderId = o.id) "
                        + "order by o.id", Long.class)
                .setParameter("submitted", OrderStatus.SUBMITTED.getType())
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }
}
