package io.loyaltyclub.tier.domain;

import java.math.BigDecimal;

/** A tier as qualification sees it: its code, its rank and what reaches it. */
public final class TierLevel {

    private final String code;
    private final int rank;
    private final Long pointsToQualify;
    private final BigDecimal amountToQualify;

    /**
     * @param pointsToQualify points earned in the period that reach the tier; null: not reached by points
     * @param amountToQualify money spent in the period that reaches the tier; null: not reached by spending
     */
    public TierLevel(String code, int rank, Long pointsToQualify, BigDecimal amountToQualify) {
        if (code == null) {
            throw new IllegalArgumentException("A tier has a code");
        }
        this.code = code;
        this.rank = rank;
        this.pointsToQualify = pointsToQualify;
        this.amountToQualify = amountToQualify;
    }

    /** Whether {@code measure} reaches this tier; a tier without a threshold for the basis is only set by hand. */
    public boolean reachedBy(QualificationBasis basis, Measure measure) {
        if (basis == QualificationBasis.MONEY_SPENT) {
            return amountToQualify != null && measure.getAmountSpent().compareTo(amountToQualify) >= 0;
        }
        return pointsToQualify != null && measure.getPointsEarned() >= pointsToQualify;
    }

    /** Whether the basis gives this tier a threshold (otherwise only an admin puts members in it). */
    public boolean hasThreshold(QualificationBasis basis) {
        return basis == QualificationBasis.MONEY_SPENT ? amountToQualify != null : pointsToQualify != null;
    }

    public String getCode() {
        return code;
    }

    public int getRank() {
        return rank;
    }

    public Long getPointsToQualify() {
        return pointsToQualify;
    }

    public BigDecimal getAmountToQualify() {
        return amountToQualify;
    }

    @Override
    public String toString() {
        return code + "#" + rank;
    }
}
