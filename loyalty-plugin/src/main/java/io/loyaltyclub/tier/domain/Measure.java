package io.loyaltyclub.tier.domain;

import java.math.BigDecimal;

/** What a member earned and spent in a qualification period. */
public final class Measure {

    public static final Measure NOTHING = new Measure(0, BigDecimal.ZERO);

    private final long pointsEarned;
    private final BigDecimal amountSpent;

    public Measure(long pointsEarned, BigDecimal amountSpent) {
        this.pointsEarned = Math.max(0, pointsEarned);
        this.amountSpent = amountSpent == null || amountSpent.signum() < 0 ? BigDecimal.ZERO : amountSpent;
    }

    public long getPointsEarned() {
        return pointsEarned;
    }

    public BigDecimal getAmountSpent() {
        return amountSpent;
    }

    @Override
    public String toString() {
        return pointsEarned + " points, " + amountSpent.toPlainString() + " spent";
    }
}
