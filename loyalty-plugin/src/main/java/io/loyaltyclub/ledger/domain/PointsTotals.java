package io.loyaltyclub.ledger.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A balance as the ledger keeps it, so that reading it does not grow with the member's lots: the available and pending
 * points and the debt as the last change left them, and the points that change at a moment still to come
 * ({@link Due}): pending points by the moment they become available (with their expiry), available points by the
 * moment they expire. A balance at any later moment is these totals with the moments that have come by then played
 * in order (pending points paying a debt in the order their moments came), exactly as {@link PointsAccount#settle}
 * plays the lots, so it equals what the lots say whether or not a
 * settlement ran.
 */
public final class PointsTotals {

    /** Points of one state that change at one moment. */
    public static final class Due {
        private final LotState state;
        private final Instant at;
        private final Instant expiresAt;
        private final long points;

        /**
         * @param state     PENDING: points becoming available at {@code at}, expiring at {@code expiresAt} (or never);
         *                  ACTIVE: available points expiring at {@code at} (= {@code expiresAt})
         */
        public Due(LotState state, Instant at, Instant expiresAt, long points) {
            if (state != LotState.PENDING && state != LotState.ACTIVE) {
                throw new IllegalArgumentException("Only pending and available points fall due, not " + state);
            }
            if (at == null || (state == LotState.ACTIVE && !at.equals(expiresAt))) {
                throw new IllegalArgumentException("Available points fall due at their expiry");
            }
            this.state = state;
            this.at = at;
            this.expiresAt = expiresAt;
            this.points = points;
        }

        public LotState getState() {
            return state;
        }

        public Instant getAt() {
            return at;
        }

        public Instant getExpiresAt() {
            return expiresAt;
        }

        public long getPoints() {
            return points;
        }

        /** The same state and moments with other points. */
        public Due with(long points) {
            return new Due(state, at, expiresAt, points);
        }

        /** Whether {@code other} is the same state and moments (the points may differ). */
        public boolean sameMoments(Due other) {
            return state == other.state && at.equals(other.at)
                    && (expiresAt == null ? other.expiresAt == null : expiresAt.equals(other.expiresAt));
        }

        @Override
        public String toString() {
            return points + " " + state + " due " + at + (expiresAt == null ? "" : " expiring " + expiresAt);
        }
    }

    private static final Comparator<Due> PLAY_ORDER = new Comparator<Due>() {
        @Override
        public int compare(Due a, Due b) {
            int byMoment = a.at.compareTo(b.at);
            if (byMoment != 0) {
                return byMoment;
            }
            // Within one moment, like Lot.SPENDING_ORDER: soonest-expiring first, never-expiring last.
            if (a.expiresAt == null || b.expiresAt == null) {
                return a.expiresAt == null ? (b.expiresAt == null ? 0 : 1) : -1;
            }
            return a.expiresAt.compareTo(b.expiresAt);
        }
    };

    private final long available;
    private final long pending;
    private final long debt;
    private final List<Due> due;

    /**
     * @param due every pending due by {@code now} and every available that expires by the look-ahead's end; others
     *            may be given and are ignored
     */
    public PointsTotals(long available, long pending, long debt, Collection<Due> due) {
        this.available = available;
        this.pending = pending;
        this.debt = debt;
        this.due = new ArrayList<Due>(due);
    }

    /** What a lot adds to the totals: its remaining points while pending or available. */
    public static Due dueOf(Lot lot) {
        if (lot.getRemaining() == 0) {
            return null;
        }
        if (lot.isPending()) {
            return new Due(LotState.PENDING, lot.getAvailableAt(), lot.getExpiresAt(), lot.getRemaining());
        }
        if (lot.isActive() && lot.getExpiresAt() != null) {
            return new Due(LotState.ACTIVE, lot.getExpiresAt(), lot.getExpiresAt(), lot.getRemaining());
        }
        return null;
    }

    /** The balance at {@code now}, with the available points that expire within {@code lookAhead}. */
    public Balance at(Instant now, Duration lookAhead) {
        long avail = available;
        long pend = pending;
        long owed = debt;
        TreeMap<Instant, Long> expiring = new TreeMap<Instant, Long>();
        List<Due> becoming = new ArrayList<Due>();
        for (Due d : due) {
            if (d.state == LotState.ACTIVE) {
                add(expiring, d.at, d.points);
            } else if (!d.at.isAfter(now)) {
                becoming.add(d);
            }
        }
        Collections.sort(becoming, PLAY_ORDER);
        for (Due d : becoming) {
            pend -= d.points;
            long paid = Math.min(owed, d.points);
            owed -= paid;
            avail += d.points - paid;
            if (d.expiresAt != null && d.points > paid) {
                add(expiring, d.expiresAt, d.points - paid);
            }
        }
        avail -= expireBy(expiring, now);
        Instant horizon = now.plus(lookAhead);
        long soon = 0;
        Instant next = null;
        for (Map.Entry<Instant, Long> e : expiring.headMap(horizon, true).entrySet()) {
            if (e.getValue() > 0) {
                soon += e.getValue();
                next = next == null ? e.getKey() : next;
            }
        }
        return new Balance(avail, pend, owed, soon, next);
    }

    private static void add(TreeMap<Instant, Long> expiring, Instant at, long points) {
        Long before = expiring.get(at);
        expiring.put(at, (before == null ? 0 : before) + points);
    }

    /** Removes and returns the points expiring by {@code moment} (an expiry is the first moment they are invalid). */
    private static long expireBy(TreeMap<Instant, Long> expiring, Instant moment) {
        Map<Instant, Long> gone = expiring.headMap(moment, true);
        long sum = 0;
        for (Long points : gone.values()) {
            sum += points;
        }
        gone.clear();
        return sum;
    }

    @Override
    public String toString() {
        return "PointsTotals{available " + available + ", pending " + pending + ", debt " + debt + ", due " + due + "}";
    }
}
