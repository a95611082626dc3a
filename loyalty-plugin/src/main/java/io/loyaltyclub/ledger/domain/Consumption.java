package io.loyaltyclub.ledger.domain;

/**
 * Points a spending (a redemption or a negative adjustment) took from one lot. Restoring the spending gives
 * them back to the same lot, at most once.
 */
public final class Consumption {

    private final Lot lot;
    private final long points;
    private long restored;

    public Consumption(Lot lot, long points, long restored) {
        if (points <= 0 || restored < 0 || restored > points) {
            throw new IllegalArgumentException("Impossible consumption: " + points + " taken, " + restored + " given back");
        }
        this.lot = lot;
        this.points = points;
        this.restored = restored;
    }

    public Lot getLot() {
        return lot;
    }

    public long getPoints() {
        return points;
    }

    /** How many of these points were given back already. */
    public long getRestored() {
        return restored;
    }

    public long getRestorable() {
        return points - restored;
    }

    void restore(long count) {
        if (count > getRestorable()) {
            throw new IllegalArgumentException("Only " + getRestorable() + " of these points can be given back");
        }
        restored += count;
    }

    @Override
    public String toString() {
        return points + " from lot " + lot.getId() + (restored > 0 ? " (" + restored + " given back)" : "");
    }
}
