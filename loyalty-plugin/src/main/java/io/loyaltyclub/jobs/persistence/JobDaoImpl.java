package io.loyaltyclub.jobs.persistence;

import org.springframework.stereotype.Repository;

import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyJobDao")
public class JobDaoImpl implements JobDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public void ensureExists(String name) {
        if (em.find(LoyaltyJobImpl.class, name) == null) {
            em.persist(new LoyaltyJobImpl(name));
            em.flush();
        }
    }

    @Override
    public boolean claim(String name, String node, Date now, Date until) {
        return em.createQuery("update LoyaltyJobImpl j set j.heldBy = :node, j.heldUntil = :until, j.lastStarted = :now, "
                        + "j.lastNode = :node where j.name = :name and (j.heldUntil is null or j.heldUntil < :now)")
                .setParameter("node", node)
                .setParameter("until", until)
                .setParameter("now", now)
                .setParameter("name", name)
                .executeUpdate() == 1;
    }

    @Override
    public void release(String name, String node, Date finished, String outcome, Date completedFrom) {
        javax.persistence.Query release = em.createQuery("update LoyaltyJobImpl j set j.heldBy = null, "
                        + "j.heldUntil = null, j.lastFinished = :finished, j.lastOutcome = :outcome, j.runs = j.runs + 1"
                        + (completedFrom == null ? "" : ", j.lastCompletedFrom = :completedFrom")
                        + " where j.name = :name and j.heldBy = :node")
                .setParameter("finished", finished)
                .setParameter("outcome", outcome == null || outcome.length() <= 1000 ? outcome : outcome.substring(0, 1000))
                .setParameter("name", name)
                .setParameter("node", node);
        if (completedFrom != null) {
            release.setParameter("completedFrom", completedFrom);
        }
        release.executeUpdate();
    }

    @Override
    public LoyaltyJobImpl find(String name) {
        return em.find(LoyaltyJobImpl.class, name);
    }

    @Override
    public List<LoyaltyJobImpl> findAll() {
        return em.createQuery("select j from LoyaltyJobImpl j order by j.name", LoyaltyJobImpl.class).getResultList();
    }
}
