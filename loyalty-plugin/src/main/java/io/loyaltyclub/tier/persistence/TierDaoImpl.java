package io.loyaltyclub.tier.persistence;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyTierDao")
public class TierDaoImpl implements TierDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<LoyaltyTier> findAll() {
        return new ArrayList<LoyaltyTier>(em.createQuery(
                "select t from LoyaltyTierImpl t order by t.rank, t.id", LoyaltyTierImpl.class).getResultList());
    }

    @Override
    public LoyaltyTier findByCode(String code) {
        List<LoyaltyTierImpl> found = em.createQuery("select t from LoyaltyTierImpl t where t.code = :code",
                LoyaltyTierImpl.class).setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public LoyaltyTier save(LoyaltyTier tier) {
        return em.merge(tier);
    }
}
