package io.loyaltyclub.ledger.domain;

import java.time.Instant;

/**
 * A member's points at one moment: available (spendable), pending (in the return window) and debt (points
 * taken back after they were spent, paid off first by later earnings), and what expires soon.
 */
public final class Balance {

    private final long available;
    private final long pending;
    private final long debt;
    private final long expiringSoon;
    private final Instant nextExpiry;

    public Balance(long available, long pending, long debt, long expiringSoon, Instant nextExpiry) {
        this.available = available;
        this.pending = pending;
        this.debt = debt;
        this.expiringSoon = expiringSoon;
        this.nextExpiry = nextExpiry;
    }

    public long getAvailable() {
        return available;
    }

    public long getPending() {
        return pending;
    }

    public long getDebt() {
        return debt;
    }

    /** Available + pending - debt: what the sum of all ledger entries comes to. */
    public long getNet() {
        return available + pending - debt;
    }

    /** Available points that expire within the look-ahead asked for (30 days on the members' page). */
    public long getExpiringSoon() {
        return expiringSoon;
    }

    /** When the soonest of those expire, or null when none do. */
    public Instant getNextExpiry() {
        return nextExpiry;
    }

    @Override
    public String toString() {
        return "Balance{available " + available + ", pending " + pending + ", debt " + debt
                + (expiringSoon > 0 ? ", " + expiringSoon + " expiring " + nextExpiry : "") + "}";
    }
}
