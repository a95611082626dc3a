package io.loyaltyclub.ledger.domain;

import java.time.Instant;
import java.util.Comparator;

/**
 * One earning of points (an order, an action, an adjustment, restored points that had expired): how many
 * were credited, how many are left, when they become available and when they expire.
 * Changed only by {@link PointsAccount}.
 */
public final class Lot {

    /**
     * The order lots are spent and expired in: soonest-expiring first (lots that never expire last), then
     * the oldest, then by id.
     */
    public static final Comparator<Lot> SPENDING_ORDER = new Comparator<Lot>() {
        @Override
        public int compare(Lot a, Lot b) {
            if (a.expiresAt == null || b.expiresAt == null) {
                if (a.expiresAt != null) {
                    return -1;
                }
                if (b.expiresAt != null) {
                    return 1;
                }
            } else {
                int byExpiry = a.expiresAt.compareTo(b.expiresAt);
                if (byExpiry != 0) {
                    return byExpiry;
                }
            }
            int byAge = a.availableAt.compareTo(b.availableAt);
            if (byAge != 0) {
                return byAge;
            }
            return Long.compare(a.id == null ? Long.MAX_VALUE : a.id, b.id == null ? Long.MAX_VALUE : b.id);
        }
    };

    private Long id;
    private final long points;
    private long remaining;
    private long reversed;
    private long expired;
    private Instant availableAt;
    private final Instant expiresAt;
    private LotState state;

    /** A lot as stored. */
    public Lot(Long id, long points, long remaining, long reversed, long expired, Instant availableAt,
               Instant expiresAt, LotState state) {
        if (points <= 0 || remaining < 0 || remaining > points || reversed < 0 || expired < 0
                || reversed + expired > points) {
            throw new IllegalArgumentException("Impossible lot: " + points + " points, " + remaining + " left, "
                    + reversed + " reversed, " + expired + " expired");
        }
        if (availableAt == null || state == null) {
            throw new IllegalArgumentException("A lot needs its available time and state");
        }
        this.id = id;
        this.points = points;
        this.remaining = remaining;
        this.reversed = reversed;
        this.expired = expired;
        this.availableAt = availableAt;
        this.expiresAt = expiresAt;
        this.state = state;
    }

    static Lot credited(long points, Instant now, Instant availableAt, Instant expiresAt) {
        Instant available = availableAt == null || availableAt.isBefore(now) ? now : availableAt;
        return new Lot(null, points, points, 0, 0, available, expiresAt,
                available.isAfter(now) ? LotState.PENDING : LotState.ACTIVE);
    }

    public Long getId() {
        return id;
    }

    /** Sets the id given when the lot was stored. */
    public void assignId(long id) {
        if (this.id != null && this.id != id) {
            throw new IllegalStateException("Lot " + this.id + " already has an id");
        }
        this.id = id;
    }

    public long getPoints() {
        return points;
    }

    public long getRemaining() {
        return remaining;
    }

    /** How many of its points were taken back by reversals so far. */
    public long getReversed() {
        return reversed;
    }

    /** How many of its points expired unspent. */
    public long getExpired() {
        return expired;
    }

    /** How many of its points can still be taken back: not taken back yet, and not expired (those are gone). */
    public long getReversible() {
        return points - reversed - expired;
    }

    public Instant getAvailableAt() {
        return availableAt;
    }

    /** The moment the lot expires (the end of its last valid day), or null when it never does. */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    public LotState getState() {
        return state;
    }

    public boolean isActive() {
        return state == LotState.ACTIVE;
    }

    public boolean isPending() {
        return state == LotState.PENDING;
    }

    /** Whether it has expired by {@code now} (expiry is the first instant the points are no longer valid). */
    public boolean hasExpiredBy(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    long take(long wanted) {
        long taken = Math.min(wanted, remaining);
        remaining -= taken;
        if (remaining == 0 && state != LotState.EXPIRED) {
            state = LotState.CLOSED;
        }
        return taken;
    }

    void giveBack(long returned, Instant now) {
        if (remaining + returned > points) {
            throw new IllegalStateException("Lot " + id + " cannot hold more than its " + points + " points");
        }
        remaining += returned;
        state = availableAt.isAfter(now) ? LotState.PENDING : LotState.ACTIVE;
    }

    void markReversed(long count) {
        if (count > getReversible()) {
            throw new IllegalArgumentException("Only " + getReversible() + " of the lot's points can still be taken back");
        }
        reversed += count;
    }

    long expireRest() {
        long rest = remaining;
        remaining = 0;
        expired += rest;
        state = LotState.EXPIRED;
        return rest;
    }

    void activate() {
        state = remaining > 0 ? LotState.ACTIVE : LotState.CLOSED;
    }

    /** A pending lot becomes available at {@code now}, before its time: its pending period is over. */
    void availableFrom(Instant now) {
        if (state != LotState.PENDING) {
            throw new IllegalStateException("Lot " + id + " is not pending");
        }
        availableAt = now;
        activate();
    }

    @Override
    public String toString() {
        return "Lot{" + id + " " + state + " " + remaining + "/" + points + (reversed > 0 ? " reversed " + reversed : "") + (expired > 0 ? " expired " + expired : "")
                + " available " + availableAt + (expiresAt == null ? "" : " expires " + expiresAt) + "}";
    }
}
