package io.loyaltyclub.earning.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A time-boxed multiplier of everything earned, such as "double points weekend". */
public final class EarnCampaign {

    private final String name;
    private final BigDecimal multiplier;
    private final Instant startsAt;
    private final Instant endsAt;

    /**
     * @param startsAt the first moment orders get the multiplier
     * @param endsAt   the first moment they no longer do
     */
    public EarnCampaign(String name, BigDecimal multiplier, Instant startsAt, Instant endsAt) {
        if (multiplier == null || multiplier.signum() <= 0) {
            throw new IllegalArgumentException("A campaign multiplies by more than zero");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A campaign ends after it starts");
        }
        this.name = name;
        this.multiplier = multiplier;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public boolean isRunningAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
