package io.loyaltyclub.review.domain;

/** Where a product review stands: written and waiting for the shop, shown, or turned down. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED
}
