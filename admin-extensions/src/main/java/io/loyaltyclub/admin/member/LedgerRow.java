package io.loyaltyclub.admin.member;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;

import java.util.Locale;

/** One ledger entry as a line of the member's history in the admin. */
public final class LedgerRow {

    private final LedgerEntry entry;
    private final StoreTime time;

    LedgerRow(LedgerEntry entry, StoreTime time) {
        this.entry = entry;
        this.time = time;
    }

    public long getSequence() {
        return entry.getSequence();
    }

    public String getCreatedAt() {
        return time.moment(entry.getCreatedAt());
    }

    public EntryType getType() {
        return entry.getType();
    }

    public EntryReason getReason() {
        return entry.getReason();
    }

    public long getPoints() {
        return entry.getPoints();
    }

    /** The points with their sign and thousands separated: +1,250 or -300. */
    public String getSignedPoints() {
        return String.format(Locale.ENGLISH, "%+,d", entry.getPoints());
    }

    public String getReference() {
        return entry.getReference();
    }

    /** The Broadleaf order the entry is about (linked to the order's admin screen), or null. */
    public Long getOrderId() {
        return entry.getOrderId();
    }

    public String getAdminUser() {
        return entry.getAdminUser();
    }

    public String getNote() {
        return entry.getNote();
    }

    /** For points still pending when the entry was made: when they become available; otherwise null. */
    public String getAvailableAt() {
        if (entry.getAvailableAt() == null || entry.getCreatedAt() == null
                || !entry.getAvailableAt().after(entry.getCreatedAt())) {
            return null;
        }
        return time.moment(entry.getAvailableAt());
    }

    /** For earned points that expire: their last valid day; otherwise null. */
    public String getLastValidDay() {
        return entry.getType() == EntryType.EXPIRE ? null : time.lastValidDay(entry.getExpiresAt());
    }
}
