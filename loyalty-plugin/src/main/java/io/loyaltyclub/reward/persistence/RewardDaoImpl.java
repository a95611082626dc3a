package io.loyaltyclub.reward.persistence;

import io.loyaltyclub.reward.domain.RewardKind;
import org.springframework.stereotype.Repository;

import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyRewardDao")
public class RewardDaoImpl implements RewardDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Reward find(long rewardId) {
        return em.find(RewardImpl.class, rewardId);
    }

    @Override
    public Reward lock(long rewardId) {
        // An update of the row locks it on every database (HSQLDB's dialect has no "select ... for update"), until
        // the transaction ends; reading it again then sees what the redemption before this one left.
        int locked = em.createQuery("update RewardImpl r set r.stock = r.stock where r.id = :id")
                .setParameter("id", rewardId).executeUpdate();
        if (locked == 0) {
            return null;
        }
        RewardImpl reward = em.find(RewardImpl.class, rewardId);
        em.refresh(reward);
        return reward;
    }

    @Override
    public List<Reward> activeRewards() {
        return em.createQuery("select r from RewardImpl r where r.active = true order by r.pointsCost, r.id",
                Reward.class).getResultList();
    }

    @Override
    public RewardRedemptionImpl findRedemption(long accountId, String requestKey) {
        List<RewardRedemptionImpl> found = em.createQuery("select r from RewardRedemptionImpl r "
                + "where r.accountId = :account and r.requestKey = :key", RewardRedemptionImpl.class)
                .setParameter("account", accountId).setParameter("key", requestKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public RewardRedemptionImpl findRedemption(long redemptionId) {
        return em.find(RewardRedemptionImpl.class, redemptionId);
    }

    @Override
    public int markFulfilled(long redemptionId, Date at, String adminUser) {
        return em.createQuery("update RewardRedemptionImpl r set r.fulfilledAt = :at, r.fulfilledBy = :by "
                + "where r.id = :id and r.kind = :kind and r.fulfilledAt is null")
                .setParameter("at", at).setParameter("by", adminUser).setParameter("id", redemptionId)
                .setParameter("kind", RewardKind.EVENT_INVITATION.name()).executeUpdate();
    }

    @Override
    public List<RewardRedemptionImpl> redemptionsOf(long accountId, int limit) {
        return em.createQuery("select r from RewardRedemptionImpl r where r.accountId = :account "
                + "order by r.redeemedAt desc, r.id desc", RewardRedemptionImpl.class)
                .setParameter("account", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<RewardRedemptionImpl> invitations(int limit) {
        List<RewardRedemptionImpl> rows = em.createQuery("select r from RewardRedemptionImpl r where r.kind = :kind "
                + "and r.fulfilledAt is null order by r.redeemedAt, r.id", RewardRedemptionImpl.class)
                .setParameter("kind", RewardKind.EVENT_INVITATION.name()).setMaxResults(limit).getResultList();
        if (rows.size() < limit) {
            rows.addAll(em.createQuery("select r from RewardRedemptionImpl r where r.kind = :kind "
                    + "and r.fulfilledAt is not null order by r.fulfilledAt desc, r.id desc", RewardRedemptionImpl.class)
                    .setParameter("kind", RewardKind.EVENT_INVITATION.name()).setMaxResults(limit - rows.size())
                    .getResultList());
        }
        return rows;
    }

    @Override
    public long countRedemptions(long rewardId) {
        return em.createQuery("select count(r) from RewardRedemptionImpl r where r.rewardId = :reward", Long.class)
                .setParameter("reward", rewardId).getSingleResult();
    }

    @Override
    public void persist(Object entity) {
        em.persist(entity);
    }

    @Override
    public <T> T merge(T entity) {
        return em.merge(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
