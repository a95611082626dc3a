package io.loyaltyclub.earning.domain;

import java.math.BigDecimal;

/**
 * A rule about what one product, or the products of one category and its sub-categories, earn: a multiplier of
 * the base rate (2 = double points) or an exclusion (earns nothing).
 */
public final class EarnRule {

    /** What a rule is about. */
    public enum Target {
        PRODUCT,
        CATEGORY
    }

    private final Target target;
    private final long targetId;
    private final BigDecimal multiplier;
    private final boolean excluded;

    private EarnRule(Target target, long targetId, BigDecimal multiplier, boolean excluded) {
        if (!excluded && (multiplier == null || multiplier.signum() < 0)) {
            throw new IllegalArgumentException("A rule either excludes or multiplies by zero or more");
        }
        this.target = target;
        this.targetId = targetId;
        this.multiplier = excluded ? BigDecimal.ZERO : multiplier;
        this.excluded = excluded;
    }

    public static EarnRule multiplier(Target target, long targetId, BigDecimal multiplier) {
        return new EarnRule(target, targetId, multiplier, false);
    }

    public static EarnRule exclusion(Target target, long targetId) {
        return new EarnRule(target, targetId, null, true);
    }

    public Target getTarget() {
        return target;
    }

    public long getTargetId() {
        return targetId;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public boolean isExcluded() {
        return excluded;
    }

    boolean appliesTo(EarningLine line) {
        return target == Target.PRODUCT ? line.getProductId() == targetId : line.getCategoryIds().contains(targetId);
    }

    @Override
    public String toString() {
        return target + " " + targetId + (excluded ? " excluded" : " x" + multiplier);
    }
}
