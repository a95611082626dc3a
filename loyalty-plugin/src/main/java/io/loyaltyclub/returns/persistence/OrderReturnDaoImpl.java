package io.loyaltyclub.returns.persistence;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyOrderReturnDao")
public class OrderReturnDaoImpl implements OrderReturnDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public OrderReturnImpl findByKey(String idempotencyKey) {
        List<OrderReturnImpl> found = em.createQuery(
                        "select r from OrderReturnImpl r where r.idempotencyKey = :key", OrderReturnImpl.class)
                .setParameter("key", idempotencyKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<OrderReturnImpl> returnsOf(long orderId) {
        return em.createQuery("select distinct r from OrderReturnImpl r where r.orderId = :order order by r.id",
                        OrderReturnImpl.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    @Override
    public OrderReturnImpl save(OrderReturnImpl orderReturn) {
        em.persist(orderReturn);
        return orderReturn;
    }

    @Override
    public ReturnWindowEndImpl windowEndOf(long orderId) {
        List<ReturnWindowEndImpl> found = em.createQuery(
                        "select w from ReturnWindowEndImpl w where w.orderId = :order", ReturnWindowEndImpl.class)
                .setParameter("order", orderId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public ReturnWindowEndImpl windowEndByKey(String idempotencyKey) {
        List<ReturnWindowEndImpl> found = em.createQuery(
                        "select w from ReturnWindowEndImpl w where w.idempotencyKey = :key", ReturnWindowEndImpl.class)
                .setParameter("key", idempotencyKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<ReturnWindowEndImpl> windowEndsOf(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return new ArrayList<ReturnWindowEndImpl>();
        }
        return em.createQuery("select w from ReturnWindowEndImpl w where w.orderId in (:orders)",
                        ReturnWindowEndImpl.class)
                .setParameter("orders", orderIds)
                .getResultList();
    }

    @Override
    public ReturnWindowEndImpl save(ReturnWindowEndImpl windowEnd) {
        em.persist(windowEnd);
        return windowEnd;
    }
}
