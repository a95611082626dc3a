package io.loyaltyclub.tier.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The qualification rules of the programme (loyalty spec, section 5): which tier a member qualifies for, and when
 * they lose one.
 * <ul>
 *   <li>Reaching a tier: the measure of the current period meets its threshold. The tier is then kept until the end
 *       of the period after the one it was reached in (rolling: twelve months from that moment; calendar year: to
 *       the end of the next year). Qualifying again for the same tier pushes that date out.</li>
 *   <li>For a calendar year, what was reached in the previous year still counts this year, so a member who earned
 *       only the lower tier while holding a higher one lands in the lower one, not below every tier.</li>
 *   <li>Downgrade: only once the tier's date has passed, to what the member qualifies for then.</li>
 * </ul>
 */
public final class TierQualification {

    private final TierLadder ladder;
    private final QualificationBasis basis;
    private final QualificationPeriod period;
    private final ZoneId zone;

    public TierQualification(TierLadder ladder, QualificationBasis basis, QualificationPeriod period, ZoneId zone) {
        this.ladder = ladder;
        this.basis = basis;
        this.period = period;
        this.zone = zone;
    }

    /**
     * Reviews a member's standing.
     *
     * @param current  the measure of the current period ({@link QualificationPeriod#start} to now)
     * @param previous the measure of the previous period for a calendar year; ignored when periods roll
     */
    public Review review(TierStanding standing, Measure current, Measure previous, Instant now) {
        Instant start = period.start(now, zone);
        TierLevel reachedNow = ladder.reachedBy(basis, current);
        TierLevel best = reachedNow;
        Instant bestKeptUntil = reachedNow == null ? null : period.keptUntil(now, zone);
        Instant reachedFrom = start;
        Instant reachedTo = now;
        Instant previousStart = period.previousStart(now, zone);
        if (previousStart != null && previous != null) {
            TierLevel reachedBefore = ladder.reachedBy(basis, previous);
            if (TierLadder.rankOf(reachedBefore) > TierLadder.rankOf(best)) {
                best = reachedBefore;
                bestKeptUntil = period.keptUntil(previousStart, zone);
                reachedFrom = previousStart;
                reachedTo = start;
            }
        }
        TierStanding reached = new TierStanding(code(best), bestKeptUntil, reachedFrom, reachedTo, null);
        TierLevel held = ladder.find(standing.getTierCode());
        if (standing.getTierCode() != null && held == null) {
            return new Review(reached, TierChangeReason.TIER_WITHDRAWN);
        }
        if (TierLadder.rankOf(best) > TierLadder.rankOf(held)) {
            return new Review(new TierStanding(best.getCode(), bestKeptUntil, reachedFrom, reachedTo, standing),
                    TierChangeReason.QUALIFIED);
        }
        if (best != null && best == held) {
            Instant kept = later(standing.getKeptUntil(), bestKeptUntil);
            return new Review(new TierStanding(held.getCode(), kept, standing.getReachedFrom(), standing.getReachedTo(),
                    standing.getPrior()), null);
        }
        if (held == null || (standing.getKeptUntil() != null && now.isBefore(standing.getKeptUntil()))) {
            return new Review(standing, null);
        }
        return new Review(reached, TierChangeReason.PERIOD_ENDED);
    }

    /**
     * Reviews a member's standing after a return or cancellation. Downgrades still wait for the period, except for
     * a tier that only the returned items reached: when the measure of the period that reached the tier
     * ({@code measureWhenReached}, counted again without what came back) no longer reaches it, the member goes back
     * to the standing they had before, and is reviewed from there.
     */
    public Review reviewAfterReturn(TierStanding standing, Measure measureWhenReached, Measure current,
                                    Measure previous, Instant now) {
        TierLevel held = ladder.find(standing.getTierCode());
        if (held != null && standing.getReachedFrom() != null && measureWhenReached != null
                && !held.reachedBy(basis, measureWhenReached)) {
            TierStanding before = standing.getPrior() == null ? TierStanding.NONE : standing.getPrior();
            Review review = review(before, current, previous, now);
            boolean same = held.getCode().equals(review.getStanding().getTierCode());
            return new Review(review.getStanding(), same ? null : TierChangeReason.ORDER_RETURNED);
        }
        return review(standing, current, previous, now);
    }

    /** What the member needs for the next tier and to keep the current one. */
    public TierProgress progress(TierLevel effective, ManualMode manualMode, TierStanding standing, Measure current,
                                 Instant now) {
        TierLevel next = ladder.above(effective, basis);
        boolean fixed = manualMode == ManualMode.FIXED && effective != null;
        TierLevel qualified = ladder.find(standing.getTierCode());
        boolean heldByQualifying = effective != null && qualified == effective && effective.hasThreshold(basis);
        return new TierProgress(basis, effective, fixed ? null : next, current, fixed,
                heldByQualifying ? standing.getKeptUntil() : null, heldByQualifying ? effective : null,
                period.keptUntil(now, zone));
    }

    public TierLadder getLadder() {
        return ladder;
    }

    public QualificationBasis getBasis() {
        return basis;
    }

    public QualificationPeriod getPeriod() {
        return period;
    }

    public ZoneId getZone() {
        return zone;
    }

    private static String code(TierLevel level) {
        return level == null ? null : level.getCode();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The standing after a review, and why the tier changed (null: it did not). */
    public static final class Review {
        private final TierStanding standing;
        private final TierChangeReason reason;

        Review(TierStanding standing, TierChangeReason reason) {
            this.standing = standing;
            this.reason = reason;
        }

        public TierStanding getStanding() {
            return standing;
        }

        /** Why the qualified tier changed, or null when it stayed. */
        public TierChangeReason getReason() {
            return reason;
        }

        public boolean isChanged() {
            return reason != null;
        }
    }
}
