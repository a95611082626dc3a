package io.loyaltyclub.coupon.persistence;

import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyOfferTierLimitDao")
public class OfferTierLimitDaoImpl implements OfferTierLimitDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public OfferTierLimitImpl findByOffer(long offerId) {
        List<OfferTierLimitImpl> found = em.createQuery("select l from OfferTierLimitImpl l where l.offerId = :offer",
                OfferTierLimitImpl.class).setParameter("offer", offerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Map<Long, String> tierCodesOf(Collection<Long> offerIds) {
        Map<Long, String> codes = new HashMap<Long, String>();
        if (offerIds.isEmpty()) {
            return codes;
        }
        for (OfferTierLimitImpl limit : em.createQuery("select l from OfferTierLimitImpl l where l.offerId in (:offers)",
                OfferTierLimitImpl.class).setParameter("offers", offerIds).getResultList()) {
            codes.put(limit.getOfferId(), limit.getTierCode());
        }
        return codes;
    }

    @Override
    public void save(OfferTierLimitImpl limit) {
        if (limit.getId() == null) {
            em.persist(limit);
        } else {
            em.merge(limit);
        }
    }

    @Override
    public void delete(OfferTierLimitImpl limit) {
        em.remove(em.contains(limit) ? limit : em.merge(limit));
    }
}
