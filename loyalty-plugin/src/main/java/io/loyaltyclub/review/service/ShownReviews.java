package io.loyaltyclub.review.service;

import io.loyaltyclub.review.persistence.ReviewImpl;

import java.util.Collections;
import java.util.List;

/** What a product page shows of its reviews: the newest approved ones and the summary of all approved ones. */
public final class ShownReviews {

    private final List<ReviewImpl> newest;
    private final ReviewSummary summary;

    public ShownReviews(List<ReviewImpl> newest, ReviewSummary summary) {
        this.newest = Collections.unmodifiableList(newest);
        this.summary = summary;
    }

    /** The newest approved reviews, for reading only. */
    public List<ReviewImpl> getNewest() {
        return newest;
    }

    public ReviewSummary getSummary() {
        return summary;
    }
}
