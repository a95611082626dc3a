package io.loyaltyclub.review.persistence;

import io.loyaltyclub.review.domain.ReviewStatus;
import org.springframework.stereotype.Repository;

import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyReviewDao")
public class ReviewDaoImpl implements ReviewDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ReviewImpl find(long reviewId) {
        return em.find(ReviewImpl.class, reviewId);
    }

    @Override
    public ReviewImpl findByCustomer(long productId, long customerId) {
        List<ReviewImpl> found = em.createQuery("select r from ReviewImpl r where r.productId = :product "
                        + "and r.customerId = :customer", ReviewImpl.class)
                .setParameter("product", productId).setParameter("customer", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<ReviewImpl> byProduct(long productId, ReviewStatus status, int limit) {
        return em.createQuery("select r from ReviewImpl r where r.productId = :product and r.status = :status "
                        + "order by r.createdAt desc, r.id desc", ReviewImpl.class)
                .setParameter("product", productId).setParameter("status", status.name())
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long[] countAndSum(long productId, ReviewStatus status) {
        Object[] row = em.createQuery("select count(r), sum(r.rating) from ReviewImpl r where r.productId = :product "
                        + "and r.status = :status", Object[].class)
                .setParameter("product", productId).setParameter("status", status.name()).getSingleResult();
        long count = row[0] == null ? 0 : ((Number) row[0]).longValue();
        long sum = row[1] == null ? 0 : ((Number) row[1]).longValue();
        return new long[] {count, sum};
    }

    @Override
    public List<ReviewImpl> byStatus(ReviewStatus status, int offset, int limit) {
        return em.createQuery("select r from ReviewImpl r where r.status = :status order by r.createdAt, r.id",
                        ReviewImpl.class)
                .setParameter("status", status.name()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ReviewStatus status) {
        return em.createQuery("select count(r) from ReviewImpl r where r.status = :status", Long.class)
                .setParameter("status", status.name()).getSingleResult();
    }

    @Override
    public int decide(long reviewId, ReviewStatus status, Date at, String adminUser) {
        return em.createQuery("update ReviewImpl r set r.status = :status, r.decidedAt = :at, r.decidedBy = :admin "
                        + "where r.id = :id and r.status = :pending")
                .setParameter("status", status.name()).setParameter("at", at).setParameter("admin", adminUser)
                .setParameter("id", reviewId).setParameter("pending", ReviewStatus.PENDING.name()).executeUpdate();
    }

    @Override
    public void persist(ReviewImpl review) {
        em.persist(review);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
