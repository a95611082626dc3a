package io.loyaltyclub.review.persistence;

import io.loyaltyclub.review.domain.ReviewStatus;

import java.util.Date;
import java.util.List;

public interface ReviewDao {

    ReviewImpl find(long reviewId);

    ReviewImpl findByCustomer(long productId, long customerId);

    List<ReviewImpl> byProduct(long productId, ReviewStatus status, int limit);

    /** [count, sum of ratings] of the product's reviews in that status. */
    long[] countAndSum(long productId, ReviewStatus status);

    List<ReviewImpl> byStatus(ReviewStatus status, int offset, int limit);

    long count(ReviewStatus status);

    /**
     * Moves the review from PENDING to {@code status} in one statement; 0 when it was not pending any more (someone
     * decided first), so a review is decided once.
     */
    int decide(long reviewId, ReviewStatus status, Date at, String adminUser);

    void persist(ReviewImpl review);

    void flush();
}
