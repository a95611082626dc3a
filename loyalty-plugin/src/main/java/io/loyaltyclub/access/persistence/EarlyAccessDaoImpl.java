package io.loyaltyclub.access.persistence;

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
    public List<EarlyAccess> findBeforeLaunch(Date now) {
        return new ArrayList<EarlyAccess>(em.createQuery("select a from EarlyAccessImpl a where a.active = true "
                + "and a.launchAt > :now", EarlyAccessImpl.class).setParameter("now", now).getResultList());
    }

    @Override
    public EarlyAccess save(EarlyAccess access) {
        return em.merge(access);
    }
}
