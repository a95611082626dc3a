package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.Lot;

import java.util.List;

/** An account's debt and open lots as read in one statement. */
public final class StoredBalance {

    private final long debt;
    private final List<Lot> openLots;

    public StoredBalance(long debt, List<Lot> openLots) {
        this.debt = debt;
        this.openLots = openLots;
    }

    public long getDebt() {
        return debt;
    }

    public List<Lot> getOpenLots() {
        return openLots;
    }
}
