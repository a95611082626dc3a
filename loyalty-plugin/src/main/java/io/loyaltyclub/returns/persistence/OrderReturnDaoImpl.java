package io.loyaltyclub.returns.persistence;

import org.springframework.stereotype.Repository;

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
}
