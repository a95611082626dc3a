package io.loyaltyclub.access.domain;

import java.time.Instant;
import java.util.Date;

/** A preview as each JVM keeps it: what it is about (a product or a category), its lowest tier and its launch. */
public final class Preview {

    private final Long productId;
    private final Long categoryId;
    private final String tierCode;
    private final Instant launchAt;

    /** As the query reads it ({@code select new}): the launch as a {@link Date}. */
    public Preview(Long productId, Long categoryId, String tierCode, Date launchAt) {
        this.productId = productId;
        this.categoryId = categoryId;
        this.tierCode = tierCode;
        this.launchAt = launchAt.toInstant();
    }

    public Long getProductId() {
        return productId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getTierCode() {
        return tierCode;
    }

    public Instant getLaunchAt() {
        return launchAt;
    }
}
