package io.loyaltyclub.reward.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reward as the catalogue's rules see it, without persistence: what it costs, how many are left, when it can be
 * had, for which tier. {@link #refusal} is the one rule for whether a member may redeem it now.
 */
public final class RewardTerms {

    private final boolean active;
    private final long pointsCost;
    private final Integer stock;
    private final Instant availableFrom;
    private final Instant availableUntil;

    public RewardTerms(boolean active, long pointsCost, Integer stock, Instant availableFrom, Instant availableUntil) {
        this.active = active;
        this.pointsCost = pointsCost;
        this.stock = stock;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
    }

    /**
     * Why the member cannot redeem the reward now, or null when they can. The order is what a member can act on
     * last: a reward that is not on offer says so before the member's tier or points are looked at.
     *
     * @param tierAdmits whether the member's tier is the reward's tier or above (true when it has none)
     * @param availablePoints the member's available points
     */
    public RewardRefusal refusal(Instant now, boolean tierAdmits, long availablePoints) {
        if (!active || pointsCost <= 0) {
            return RewardRefusal.UNAVAILABLE;
        }
        if (availableFrom != null && now.isBefore(availableFrom)) {
            return RewardRefusal.NOT_YET;
        }
        if (availableUntil != null && !now.isBefore(availableUntil)) {
            return RewardRefusal.ENDED;
        }
        if (stock != null && stock <= 0) {
            return RewardRefusal.SOLD_OUT;
        }
        if (!tierAdmits) {
            return RewardRefusal.TIER_TOO_LOW;
        }
        if (availablePoints < pointsCost) {
            return RewardRefusal.NOT_ENOUGH_POINTS;
        }
        return null;
    }

    public long getPointsCost() {
        return pointsCost;
    }

    /** Units or places left; null for unlimited. */
    public Integer getStock() {
        return stock;
    }

    /**
     * What the admin form must not save, by field, or null when the reward is consistent: the checks the
     * admin's validator shows next to each field.
     */
    public static String problem(String field, RewardKind kind, Long pointsCost, BigDecimal amount, boolean hasProduct,
                                 Integer stock, Instant from, Instant until, Integer validDays) {
        switch (field) {
            case "kind":
                return kind == null ? "Choose what the member gets." : null;
            case "pointsCost":
                return pointsCost == null || pointsCost <= 0 ? "A reward costs at least 1 point." : null;
            case "amount":
                if (kind == RewardKind.AMOUNT_OFF) {
                    return amount == null || amount.signum() <= 0 ? "Give the amount the coupon takes off an order."
                            : amount.scale() > 2 ? "An amount has at most 2 decimals." : null;
                }
                if (kind == RewardKind.PERCENT_OFF) {
                    return amount == null || amount.signum() <= 0 || amount.compareTo(new BigDecimal("100")) > 0
                            ? "Give the percentage off, more than 0 and at most 100." : null;
                }
                return amount != null ? "Only amount-off and percent-off coupons have an amount; leave it empty." : null;
            case "product":
                if (kind == RewardKind.FREE_PRODUCT) {
                    return hasProduct ? null : "Choose the product the coupon makes free.";
                }
                return hasProduct ? "Only a free-product reward has a product; leave it empty." : null;
            case "stock":
                return stock != null && stock < 0 ? "Stock cannot be negative (empty: unlimited)." : null;
            case "availableUntil":
                return from != null && until != null && !until.isAfter(from)
                        ? "The last day must come after the first day." : null;
            case "couponValidDays":
                if (kind != null && kind.isCoupon()) {
                    return validDays == null || validDays < 1 || validDays > 3650
                            ? "A coupon is valid for 1 to 3650 days." : null;
                }
                return null;
            default:
                return null;
        }
    }
}
