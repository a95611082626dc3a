package io.loyaltyclub.ledger.service;

import io.loyaltyclub.ledger.persistence.LedgerEntry;

/** The entry a posting recorded, and whether it was recorded earlier under the same key (a retry). */
public final class PostingResult {

    private final LedgerEntry entry;
    private final boolean replayed;

    public PostingResult(LedgerEntry entry, boolean replayed) {
        this.entry = entry;
        this.replayed = replayed;
    }

    public LedgerEntry getEntry() {
        return entry;
    }

    /** True when this key had been posted before: nothing changed this time. */
    public boolean isReplayed() {
        return replayed;
    }
}
