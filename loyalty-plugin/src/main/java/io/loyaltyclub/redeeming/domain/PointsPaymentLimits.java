package io.loyaltyclub.redeeming.domain;

import io.loyaltyclub.programme.domain.ProgrammeRules;

import java.math.BigDecimal;

/**
 * How many points a member may use on an order (loyalty spec, section 4): at least the programme's minimum, at
 * most their available points and the maximum share of the order total, and only as many as buy something: a
 * number of points is charged as the fewest points worth the same money, so no point is spent on a fraction of a
 * cent.
 */
public final class PointsPaymentLimits {

    /** Why a number of points cannot pay for the order. */
    public enum Refusal {
        /** Zero or fewer points. */
        NOT_POSITIVE,
        /** Fewer than the programme's minimum per redemption. */
        BELOW_MINIMUM,
        /** More than the member has available. */
        ABOVE_BALANCE,
        /** More than the maximum share of the order. */
        ABOVE_ORDER_SHARE
    }

    private final ProgrammeRules rules;
    private final long available;
    private final long minimum;
    private final long maximum;
    private final int currencyScale;

    private PointsPaymentLimits(ProgrammeRules rules, long available, BigDecimal orderTotal, int currencyScale) {
        this.rules = rules;
        this.available = Math.max(0, available);
        this.currencyScale = currencyScale;
        this.minimum = Math.max(1, rules.getMinimumRedemptionPoints());
        this.maximum = charge(Math.min(this.available, rules.maximumPointsFor(orderTotal, currencyScale)));
    }

    /**
     * @param available     the member's available points
     * @param orderTotal    the order total the points would pay part of
     * @param currencyScale the currency's decimals (2 for cents)
     */
    public static PointsPaymentLimits of(ProgrammeRules rules, long available, BigDecimal orderTotal, int currencyScale) {
        return new PointsPaymentLimits(rules, available, orderTotal, currencyScale);
    }

    public long getAvailable() {
        return available;
    }

    public long getMinimum() {
        return minimum;
    }

    /** The most points usable on this order (0 when the order takes none). */
    public long getMaximum() {
        return maximum;
    }

    /** Whether any number of points could pay for this order now. */
    public boolean isPossible() {
        return maximum >= minimum;
    }

    /** Why {@code points} cannot be used, or null when they can. */
    public Refusal check(long points) {
        if (points <= 0) {
            return Refusal.NOT_POSITIVE;
        }
        if (points < minimum) {
            return Refusal.BELOW_MINIMUM;
        }
        if (points > available) {
            return Refusal.ABOVE_BALANCE;
        }
        if (points > maximum) {
            return Refusal.ABOVE_ORDER_SHARE;
        }
        return null;
    }

    /** The money {@code points} pay. */
    public BigDecimal valueOf(long points) {
        return rules.moneyValueOf(points, currencyScale);
    }

    /** The points actually charged for using {@code points}: the fewest worth the same money. */
    public long charge(long points) {
        if (points <= 0) {
            return 0;
        }
        return rules.pointsFor(valueOf(points));
    }
}
