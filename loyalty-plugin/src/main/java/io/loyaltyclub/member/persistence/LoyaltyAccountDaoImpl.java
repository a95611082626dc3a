package io.loyaltyclub.member.persistence;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyAccountDao")
public class LoyaltyAccountDaoImpl implements LoyaltyAccountDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public LoyaltyAccount findByCustomer(long customerId) {
        List<LoyaltyAccountImpl> found = em.createQuery(
                        "select a from LoyaltyAccountImpl a where a.customerId = :customer", LoyaltyAccountImpl.class)
                .setParameter("customer", customerId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public LoyaltyAccount find(long accountId) {
        return em.find(LoyaltyAccountImpl.class, accountId);
    }

    @Override
    public List<LoyaltyAccount> findByCustomers(List<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return new ArrayList<LoyaltyAccount>();
        }
        return new ArrayList<LoyaltyAccount>(em.createQuery(
                        "select a from LoyaltyAccountImpl a where a.customerId in (:customers)", LoyaltyAccountImpl.class)
                .setParameter("customers", customerIds)
                .getResultList());
    }

    @Override
    public LoyaltyAccount create() {
        return new LoyaltyAccountImpl();
    }

    @Override
    public LoyaltyAccount save(LoyaltyAccount account) {
        if (account.getId() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
