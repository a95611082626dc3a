package io.loyaltyclub.redeeming.service;

import io.loyaltyclub.redeeming.domain.PointsPaymentLimits;

import java.math.BigDecimal;

/** A member's points at checkout: the limits for this order and what is applied now. */
public final class PointsAtCheckout {

    private final PointsPaymentLimits limits;
    private final long appliedPoints;
    private final BigDecimal appliedAmount;

    public PointsAtCheckout(PointsPaymentLimits limits, long appliedPoints, BigDecimal appliedAmount) {
        this.limits = limits;
        this.appliedPoints = appliedPoints;
        this.appliedAmount = appliedAmount;
    }

    public PointsPaymentLimits getLimits() {
        return limits;
    }

    /** Points applied to the order now (0 when none). */
    public long getAppliedPoints() {
        return appliedPoints;
    }

    public BigDecimal getAppliedAmount() {
        return appliedAmount;
    }
}
