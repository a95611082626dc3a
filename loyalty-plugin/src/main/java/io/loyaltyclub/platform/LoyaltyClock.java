package io.loyaltyclub.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of the loyalty club (Spring bean {@code loyaltyClock}): every service asks it what time it is,
 * so that tests, and a demo that wants to show what happens after the return window, can move time forward.
 * In a shop it is the system clock; {@link #moveBy} shifts it for everything that uses it, at once.
 */
public class LoyaltyClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    public LoyaltyClock() {
        this(Clock.systemUTC());
    }

    public LoyaltyClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Moves the clock forward (or back) by {@code amount}; cumulative. */
    public void moveBy(Duration amount) {
        offset = offset.plus(amount);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration getOffset() {
        return offset;
    }
}
