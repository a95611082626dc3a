package io.loyaltyclub.pricing.persistence;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyMemberPriceDao")
public class MemberPriceDaoImpl implements MemberPriceDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<MemberPriceRule> activeRules() {
        return new ArrayList<MemberPriceRule>(em.createQuery(
                "select r from MemberPriceRuleImpl r left join fetch r.tier left join fetch r.product "
                        + "left join fetch r.category where r.active = true", MemberPriceRuleImpl.class)
                .getResultList());
    }

    @Override
    public MemberPriceRule save(MemberPriceRule rule) {
        if (rule.getId() == null) {
            em.persist(rule);
            return rule;
        }
        return em.merge(rule);
    }
}
