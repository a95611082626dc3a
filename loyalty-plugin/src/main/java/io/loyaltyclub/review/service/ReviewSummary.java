package io.loyaltyclub.review.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many approved reviews a product has and their average rating (one decimal). */
public final class ReviewSummary {

    private final long count;
    private final BigDecimal average;

    public ReviewSummary(long count, long sumOfRatings) {
        this.count = count;
        this.average = count == 0 ? null
                : BigDecimal.valueOf(sumOfRatings).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    public long getCount() {
        return count;
    }

    /** Null when there are no reviews. */
    public BigDecimal getAverage() {
        return average;
    }
}
