package io.loyaltyclub.birthday.persistence;

import org.springframework.stereotype.Repository;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyBirthdayDao")
public class BirthdayDaoImpl implements BirthdayDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public BirthdayImpl find(long accountId) {
        return em.find(BirthdayImpl.class, accountId);
    }

    @Override
    public void persist(BirthdayImpl birthday) {
        em.persist(birthday);
    }

    @Override
    public List<Long> due(int month, int year, int limit) {
        return em.createQuery("select b.accountId from BirthdayImpl b where b.birthMonth = :month "
                        + "and b.firstRewardYear <= :year and (b.lastRewardYear is null or b.lastRewardYear < :year) "
                        + "order by b.accountId", Long.class)
                .setParameter("month", month).setParameter("year", year).setMaxResults(limit).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
