package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.MemberStatus;

/**
 * A member's account as a posting holds it locked: its status, its debt and the number of its last entry.
 *
 * <p>Either read with the lock as a row ({@link #row}), whose changes the ledger writes itself with the posting's
 * other rows, or the transaction's own loaded entity ({@link #of}), whose changes Hibernate writes at the flush as
 * it does for every entity the session holds (the session would otherwise write its loaded state over the row).
 */
public final class LockedAccount {

    private final long id;
    private final LoyaltyAccount entity;
    private final String status;
    private final long storedDebt;
    private final long storedPostings;
    private long debt;
    private long postings;

    private LockedAccount(long id, LoyaltyAccount entity, String status, long debt, long postings) {
        this.id = id;
        this.entity = entity;
        this.status = status;
        this.storedDebt = debt;
        this.storedPostings = postings;
        this.debt = debt;
        this.postings = postings;
    }

    /** The session's loaded (and locked) account entity. */
    public static LockedAccount of(LoyaltyAccount entity) {
        return new LockedAccount(entity.getId(), entity, null, 0, 0);
    }

    /** The account row as read after the lock. */
    static LockedAccount row(long id, String status, long debt, long postings) {
        return new LockedAccount(id, null, status, debt, postings);
    }

    public long getId() {
        return id;
    }

    public boolean isActive() {
        return entity != null ? entity.isActive() : MemberStatus.ACTIVE.name().equals(status);
    }

    public MemberStatus getStatus() {
        return entity != null ? entity.getStatus() : MemberStatus.valueOf(status);
    }

    public long getDebt() {
        return entity != null ? entity.getDebt() : debt;
    }

    public void setDebt(long debt) {
        if (entity != null) {
            entity.setDebt(debt);
        } else {
            this.debt = debt;
        }
    }

    /** The number of the account's last entry. */
    public long getPostings() {
        return entity != null ? entity.getPostings() : postings;
    }

    /** Takes the number of the next entry. */
    public long nextEntrySequence() {
        return entity != null ? entity.nextEntrySequence() : ++postings;
    }

    /** Gives back the number the lock reserved (nothing was posted). */
    public void releaseEntrySequence() {
        if (entity != null) {
            entity.releaseEntrySequence();
        } else {
            postings--;
        }
    }

    /** Whether the ledger must write the row: read as a row, and its debt or entry number changed since. */
    boolean rowChanged() {
        return entity == null && (debt != storedDebt || postings != storedPostings);
    }
}
