package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;

import java.io.Serializable;
import java.util.Date;

/**
 * One change of a member's points (loyalty spec, section 2). Entries are never changed or deleted: a correction
 * is a new entry. The sum of an account's entries is its available plus pending points minus its debt.
 */
public interface LedgerEntry extends Serializable {

    Long getId();

    Long getAccountId();

    /** The entry's number within its account, 1, 2, 3...: the order the member's points changed in. */
    long getSequence();

    EntryType getType();

    /** Positive when the member gains points, negative when they lose them. */
    long getPoints();

    EntryReason getReason();

    /** What the entry is about, as people know it: an order number, a partner's receipt. May be null. */
    String getReference();

    /** The Broadleaf order the entry belongs to, or null. */
    Long getOrderId();

    /** An admin's note (adjustments) or a partner's description. May be null. */
    String getNote();

    /** The admin user who made an adjustment, or null. */
    String getAdminUser();

    /** Unique: posting the same key again changes nothing. */
    String getIdempotencyKey();

    Date getCreatedAt();

    /** For earnings: when the points can be spent. */
    Date getAvailableAt();

    /** For earnings: when the points expire, or null when they never do. */
    Date getExpiresAt();

    /** For earnings: the lot holding the points. */
    Long getLotId();

    /** For reversals and restores: the earning or spending they undo. */
    Long getRelatedEntryId();
}
