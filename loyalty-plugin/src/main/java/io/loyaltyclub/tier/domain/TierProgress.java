package io.loyaltyclub.tier.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a member stands: their tier, what is missing for the next one, and what keeps the current one (loyalty
 * spec, section 9). Points and money are given for the programme's basis only.
 */
public final class TierProgress {

    private final QualificationBasis basis;
    private final TierLevel tier;
    private final TierLevel next;
    private final Measure measure;
    private final boolean fixedByShop;
    private final Instant keptUntil;
    private final TierLevel kept;
    private final Instant keptUntilIfRequalified;

    TierProgress(QualificationBasis basis, TierLevel tier, TierLevel next, Measure measure, boolean fixedByShop,
                 Instant keptUntil, TierLevel kept, Instant keptUntilIfRequalified) {
        this.basis = basis;
        this.tier = tier;
        this.next = next;
        this.measure = measure;
        this.fixedByShop = fixedByShop;
        this.keptUntil = keptUntil;
        this.kept = kept;
        this.keptUntilIfRequalified = keptUntilIfRequalified;
    }

    public QualificationBasis getBasis() {
        return basis;
    }

    /** The member's tier, or null below every tier. */
    public TierLevel getTier() {
        return tier;
    }

    /** The next tier qualification can reach, or null at the top (or when the shop fixed the tier). */
    public TierLevel getNext() {
        return next;
    }

    public Measure getMeasure() {
        return measure;
    }

    /** The shop fixed the member's tier: it neither rises nor falls. */
    public boolean isFixedByShop() {
        return fixedByShop;
    }

    /** Points still missing for the next tier (0 without one). */
    public long pointsToNext() {
        return next == null || next.getPointsToQualify() == null ? 0
                : Math.max(0, next.getPointsToQualify() - measure.getPointsEarned());
    }

    /** Money still to spend for the next tier (0 without one). */
    public BigDecimal amountToNext() {
        return next == null || next.getAmountToQualify() == null ? BigDecimal.ZERO
                : next.getAmountToQualify().subtract(measure.getAmountSpent()).max(BigDecimal.ZERO);
    }

    /** How far along the way to the next tier the member is, 0 to 100 (100 at the top). */
    public int percentToNext() {
        if (next == null) {
            return 100;
        }
        if (basis == QualificationBasis.MONEY_SPENT) {
            return percent(measure.getAmountSpent(), next.getAmountToQualify());
        }
        return percent(BigDecimal.valueOf(measure.getPointsEarned()), BigDecimal.valueOf(next.getPointsToQualify()));
    }

    /**
     * Until when the member keeps the tier they qualified for without qualifying again, or null when the tier is not
     * held by qualifying (none, or set by the shop).
     */
    public Instant getKeptUntil() {
        return keptUntil;
    }

    /** Points still missing in the current period to keep the tier beyond {@link #getKeptUntil()}. */
    public long pointsToKeep() {
        return kept == null || kept.getPointsToQualify() == null ? 0
                : Math.max(0, kept.getPointsToQualify() - measure.getPointsEarned());
    }

    /** Money still to spend in the current period to keep the tier beyond {@link #getKeptUntil()}. */
    public BigDecimal amountToKeep() {
        return kept == null || kept.getAmountToQualify() == null ? BigDecimal.ZERO
                : kept.getAmountToQualify().subtract(measure.getAmountSpent()).max(BigDecimal.ZERO);
    }

    /** Whether the member has done what keeps the tier already. */
    public boolean isRequalified() {
        return kept != null && kept.reachedBy(basis, measure);
    }

    /** Until when qualifying again now would keep the tier. */
    public Instant getKeptUntilIfRequalified() {
        return keptUntilIfRequalified;
    }

    private static int percent(BigDecimal have, BigDecimal need) {
        if (need == null || need.signum() <= 0) {
            return 100;
        }
        return Math.min(100, have.multiply(BigDecimal.valueOf(100)).divide(need, 0, BigDecimal.ROUND_DOWN).intValue());
    }
}
