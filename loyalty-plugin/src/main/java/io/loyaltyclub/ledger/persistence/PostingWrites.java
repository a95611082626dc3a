package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.Lot;
import io.loyaltyclub.ledger.domain.PointsTotals;

import java.util.ArrayList;
import java.util.List;

/**
 * What one posting (or a settlement of due lots) changes in the ledger's tables, gathered while the domain works and
 * written at the end in one go ({@link LedgerDao#write}): on PostgreSQL in one round trip.
 */
public final class PostingWrites {

    final LockedAccount account;
    final List<Lot> newLots = new ArrayList<Lot>();
    final List<Lot> changedLots = new ArrayList<Lot>();
    final List<LedgerEntryImpl> entries = new ArrayList<LedgerEntryImpl>();
    final List<long[]> consumptions = new ArrayList<long[]>();
    final List<PointsTotals.Due> dueChanges = new ArrayList<PointsTotals.Due>();
    /** False: the kept balance row exists and changes by the changes; true: it is made with them. */
    boolean newBalance;
    long availableChange;
    long pendingChange;

    public PostingWrites(LockedAccount account) {
        this.account = account;
    }

    /** A lot the domain created; its id is assigned by the ledger's DAO ({@link LedgerDao#newLotId}). */
    public void newLot(Lot lot) {
        newLots.add(lot);
    }

    /** A stored lot whose remaining, reversed or expired points, state or available time changed. */
    public void changedLot(Lot lot) {
        changedLots.add(lot);
    }

    /** An entry with its id assigned ({@link LedgerDao#newEntryId}). */
    public void entry(LedgerEntryImpl entry) {
        entries.add(entry);
    }

    /** Points a spending (the entry {@code entryId}) took from a lot. */
    public void consumption(long entryId, long lotId, long points) {
        consumptions.add(new long[] {entryId, lotId, points});
    }

    /** The account's first kept balance, built from its lots. */
    public void newBalance(long available, long pending) {
        newBalance = true;
        availableChange = available;
        pendingChange = pending;
    }

    /** A change of the kept balance. */
    public void balanceChange(long available, long pending) {
        availableChange += available;
        pendingChange += pending;
    }

    /** A change of the points due at one pair of moments (at most one change per pair). */
    public void dueChange(PointsTotals.Due change) {
        dueChanges.add(change);
    }

    public LockedAccount getAccount() {
        return account;
    }
}
