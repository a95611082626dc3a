package io.loyaltyclub.access.persistence;

import io.loyaltyclub.access.domain.Preview;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyEarlyAccessDao")
public class EarlyAccessDaoImpl implements EarlyAccessDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<Preview> findBeforeLaunch(Date now) {
        // The ids only: the product and category themselves are the page's, not the preview's to load.
        return new ArrayList<Preview>(em.createQuery("select new io.loyaltyclub.access.domain.Preview(p.id, c.id, "
                + "a.tierCode, a.launchAt) from EarlyAccessImpl a left join a.product p left join a.category c "
                + "where a.active = true and a.launchAt > :now", Preview.class).setParameter("now", now)
                .getResultList());
    }

    @Override
    public EarlyAccess save(EarlyAccess access) {
        return em.merge(access);
    }
}
