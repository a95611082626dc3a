package io.loyaltyclub.ledger.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one operation on a {@link PointsAccount} did: the ledger entry to record (type and points) and the lots
 * it created, changed or consumed, for the persistence layer to store.
 */
public final class Posting {

    private final EntryType type;
    private final long points;
    private final Instant at;
    private final List<Lot> created;
    private final List<Lot> changed;
    private final List<Consumption> consumed;
    private final List<Consumption> restored;

    Posting(EntryType type, long points, Instant at, List<Lot> created, List<Lot> changed,
            List<Consumption> consumed, List<Consumption> restored) {
        if (!type.allows(points)) {
            throw new IllegalArgumentException(type + " cannot carry " + points + " points");
        }
        this.type = type;
        this.points = points;
        this.at = at;
        this.created = Collections.unmodifiableList(new ArrayList<Lot>(created));
        this.changed = Collections.unmodifiableList(new ArrayList<Lot>(changed));
        this.consumed = Collections.unmodifiableList(new ArrayList<Consumption>(consumed));
        this.restored = Collections.unmodifiableList(new ArrayList<Consumption>(restored));
    }

    public EntryType getType() {
        return type;
    }

    /** The entry's points: positive when the member gains, negative when they lose. */
    public long getPoints() {
        return points;
    }

    public Instant getAt() {
        return at;
    }

    /** The lot an earning or a positive adjustment created, or null. */
    public Lot getCreatedLot() {
        return created.isEmpty() ? null : created.get(0);
    }

    /** New lots (an earning; restored points whose lot had expired get a lot of their own). */
    public List<Lot> getCreatedLots() {
        return created;
    }

    /** Existing lots whose remaining points or state changed. */
    public List<Lot> getChangedLots() {
        return changed;
    }

    /** What a spending took from which lot (REDEEM, negative ADJUST). */
    public List<Consumption> getConsumed() {
        return consumed;
    }

    /** Earlier consumptions that a RESTORE_REDEEM gave points back to. */
    public List<Consumption> getRestored() {
        return restored;
    }

    @Override
    public String toString() {
        return type + " " + points + " at " + at;
    }
}
