package io.loyaltyclub.action.persistence;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyActionDao")
public class ActionDaoImpl implements ActionDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ActionRule findRule(String actionType) {
        List<ActionRuleImpl> found = em.createQuery(
                        "select r from ActionRuleImpl r where r.actionType = :type", ActionRuleImpl.class)
                .setParameter("type", actionType).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<ActionRule> findRules() {
        return new ArrayList<ActionRule>(em.createQuery(
                "select r from ActionRuleImpl r order by r.id", ActionRuleImpl.class).getResultList());
    }

    @Override
    public ActionRule saveRule(ActionRule rule) {
        if (rule.getId() == null) {
            em.persist(rule);
            return rule;
        }
        return em.merge(rule);
    }

    @Override
    public ActionGrantImpl findGrant(long accountId, String actionType, String occurrenceKey) {
        List<ActionGrantImpl> found = em.createQuery("select g from ActionGrantImpl g where g.accountId = :account "
                        + "and g.actionType = :type and g.occurrenceKey = :occurrence", ActionGrantImpl.class)
                .setParameter("account", accountId).setParameter("type", actionType)
                .setParameter("occurrence", occurrenceKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<Date> grantTimes(long accountId, String actionType) {
        return em.createQuery("select g.grantedAt from ActionGrantImpl g where g.accountId = :account "
                        + "and g.actionType = :type order by g.grantedAt", Date.class)
                .setParameter("account", accountId).setParameter("type", actionType).getResultList();
    }

    @Override
    public List<ActionGrantImpl> grantsBetween(String actionType, Date from, Date to, int limit) {
        return em.createQuery("select g from ActionGrantImpl g where g.actionType = :type and g.grantedAt >= :from "
                        + "and g.grantedAt < :to order by g.grantedAt, g.id", ActionGrantImpl.class)
                .setParameter("type", actionType).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ActionGrantImpl> grantsOf(long accountId, String actionType) {
        return em.createQuery("select g from ActionGrantImpl g where g.accountId = :account "
                        + "and g.actionType = :type order by g.grantedAt, g.id", ActionGrantImpl.class)
                .setParameter("account", accountId).setParameter("type", actionType).getResultList();
    }

    @Override
    public List<ActionGrantImpl> grantsOfOrder(long orderId) {
        return em.createQuery("select g from ActionGrantImpl g where g.orderId = :order order by g.id",
                ActionGrantImpl.class).setParameter("order", orderId).getResultList();
    }

    @Override
    public void persist(Object row) {
        em.persist(row);
    }

    @Override
    public void remove(ActionGrantImpl grant) {
        em.remove(em.contains(grant) ? grant : em.merge(grant));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
