package io.loyaltyclub.tier.domain;

import java.time.Instant;

/**
 * The tier a member qualified for and until when they keep it without qualifying again; for a tier reached by
 * qualifying, also the period whose measure reached it and the standing before, so that a return of what bought
 * the tier can take it back.
 */
public final class TierStanding {

    public static final TierStanding NONE = new TierStanding(null, null);

    private final String tierCode;
    private final Instant keptUntil;
    private final Instant reachedFrom;
    private final Instant reachedTo;
    private final TierStanding prior;

    public TierStanding(String tierCode, Instant keptUntil) {
        this(tierCode, keptUntil, null, null, null);
    }

    public TierStanding(String tierCode, Instant keptUntil, Instant reachedFrom, Instant reachedTo, TierStanding prior) {
        this.tierCode = tierCode;
        this.keptUntil = tierCode == null ? null : keptUntil;
        this.reachedFrom = tierCode == null ? null : reachedFrom;
        this.reachedTo = tierCode == null ? null : reachedTo;
        this.prior = prior == null ? null : new TierStanding(prior.tierCode, prior.keptUntil);
    }

    /** The tier qualified for, or null. */
    public String getTierCode() {
        return tierCode;
    }

    /** The first moment the tier is lost unless qualified again, or null without a tier. */
    public Instant getKeptUntil() {
        return keptUntil;
    }

    /** Where the period whose measure reached the tier began, or null. */
    public Instant getReachedFrom() {
        return reachedFrom;
    }

    /** Where the period whose measure reached the tier ended (the moment it was reached), or null. */
    public Instant getReachedTo() {
        return reachedTo;
    }

    /** The standing before the tier was reached (without its own history), or null. */
    public TierStanding getPrior() {
        return prior;
    }

    @Override
    public String toString() {
        return tierCode == null ? "no tier" : tierCode + " until " + keptUntil;
    }
}
