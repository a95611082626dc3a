package io.loyaltyclub.tier.domain;

import java.time.Instant;

/** The tier a member qualified for and until when they keep it without qualifying again. */
public final class TierStanding {

    public static final TierStanding NONE = new TierStanding(null, null);

    private final String tierCode;
    private final Instant keptUntil;

    public TierStanding(String tierCode, Instant keptUntil) {
        this.tierCode = tierCode;
        this.keptUntil = tierCode == null ? null : keptUntil;
    }

    /** The tier qualified for, or null. */
    public String getTierCode() {
        return tierCode;
    }

    /** The first moment the tier is lost unless qualified again, or null without a tier. */
    public Instant getKeptUntil() {
        return keptUntil;
    }

    @Override
    public String toString() {
        return tierCode == null ? "no tier" : tierCode + " until " + keptUntil;
    }
}
