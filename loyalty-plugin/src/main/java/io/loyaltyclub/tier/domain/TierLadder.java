package io.loyaltyclub.tier.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The club's active tiers, lowest rank first. */
public final class TierLadder {

    private final List<TierLevel> levels;

    public TierLadder(List<TierLevel> levels) {
        List<TierLevel> sorted = new ArrayList<TierLevel>(levels);
        Collections.sort(sorted, new Comparator<TierLevel>() {
            @Override
            public int compare(TierLevel a, TierLevel b) {
                return Integer.compare(a.getRank(), b.getRank());
            }
        });
        this.levels = Collections.unmodifiableList(sorted);
    }

    public List<TierLevel> getLevels() {
        return levels;
    }

    /** The tier with this code, or null (no code, or a tier no longer offered). */
    public TierLevel find(String code) {
        if (code == null) {
            return null;
        }
        for (TierLevel level : levels) {
            if (level.getCode().equals(code)) {
                return level;
            }
        }
        return null;
    }

    /** The highest tier {@code measure} reaches, or null below every tier. */
    public TierLevel reachedBy(QualificationBasis basis, Measure measure) {
        TierLevel reached = null;
        for (TierLevel level : levels) {
            if (level.reachedBy(basis, measure)) {
                reached = level;
            }
        }
        return reached;
    }

    /** The next tier above {@code level} (null: above none) that the basis can reach, or null at the top. */
    public TierLevel above(TierLevel level, QualificationBasis basis) {
        for (TierLevel candidate : levels) {
            if ((level == null || candidate.getRank() > level.getRank()) && candidate.hasThreshold(basis)) {
                return candidate;
            }
        }
        return null;
    }

    /** The higher of two tiers (null is below every tier). */
    public static TierLevel higher(TierLevel a, TierLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.getRank() > a.getRank() ? b : a;
    }

    /**
     * The tier a member is in: the one they qualified for, unless an admin fixed one, or set one as a floor that
     * is higher. A manual tier no longer offered does not count.
     */
    public TierLevel effective(TierLevel qualified, ManualMode mode, String manualCode) {
        TierLevel manual = mode == null ? null : find(manualCode);
        if (manual == null) {
            return qualified;
        }
        return mode == ManualMode.FIXED ? manual : higher(qualified, manual);
    }

    public static int rankOf(TierLevel level) {
        return level == null ? Integer.MIN_VALUE : level.getRank();
    }
}
