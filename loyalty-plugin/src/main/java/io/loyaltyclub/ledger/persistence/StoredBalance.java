package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.PointsTotals;

/** An account's debt and kept balance as read in one statement. */
public final class StoredBalance {

    private final long debt;
    private final PointsTotals totals;

    public StoredBalance(long debt, PointsTotals totals) {
        this.debt = debt;
        this.totals = totals;
    }

    public long getDebt() {
        return debt;
    }

    /** Whether the ledger keeps the account's balance yet (accounts from before it did get it on first touch). */
    public boolean isKept() {
        return totals != null;
    }

    /** The kept balance and its points due; null when {@link #isKept()} is false. */
    public PointsTotals getTotals() {
        return totals;
    }
}
