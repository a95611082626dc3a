package io.loyaltyclub.programme.persistence;

import org.springframework.stereotype.Repository;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyProgramDao")
public class LoyaltyProgramDaoImpl implements LoyaltyProgramDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public LoyaltyProgram find() {
        List<LoyaltyProgramImpl> found = em.createQuery(
                        "select p from LoyaltyProgramImpl p where p.siteKey = :siteKey", LoyaltyProgramImpl.class)
                .setParameter("siteKey", DEFAULT_SITE_KEY)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public LoyaltyProgram create() {
        return new LoyaltyProgramImpl();
    }

    @Override
    public LoyaltyProgram save(LoyaltyProgram programme) {
        return em.merge(programme);
    }
}
