package io.loyaltyclub.review.service;

import io.loyaltyclub.review.domain.ReviewStatus;
import io.loyaltyclub.review.persistence.ReviewImpl;

import java.util.List;

/**
 * Product reviews: a member writes one per product (rating and text); the shop approves or rejects it in the admin;
 * only approved reviews are shown, and approving one gives its author the REVIEW action reward, once.
 */
public interface ReviewService {

    /**
     * Saves a member's review of a product, waiting for the shop's approval. Refused, with nothing saved: a customer
     * who is no active member, an unknown product, a second review of the same product, a rating that is not 1 to 5,
     * a text shorter than 3 or longer than 2,000 characters.
     */
    ReviewSubmission submit(long customerId, long productId, String rating, String text);

    /** The customer's review of the product (any status), or null. */
    ReviewImpl reviewBy(long customerId, long productId);

    /** The product's approved reviews, newest first. */
    List<ReviewImpl> approved(long productId, int limit);

    ReviewSummary summary(long productId);

    /**
     * What the product's page shows: its newest approved reviews (at most {@code limit}) and their summary, read in
     * one transaction and kept for the next pages a few seconds ({@code loyalty.reviews.shownSeconds}); a decision
     * on this JVM shows at once, one on another JVM within that time.
     */
    ShownReviews shown(long productId, int limit);

    ReviewImpl find(long reviewId);

    List<ReviewImpl> byStatus(ReviewStatus status, int page, int pageSize);

    long count(ReviewStatus status);

    /** Shows the review and rewards its author (once: a review is decided once). */
    ReviewDecision approve(long reviewId, String adminUser);

    /** Turns the review down: it is never shown and earns nothing. */
    ReviewDecision reject(long reviewId, String adminUser);
}
