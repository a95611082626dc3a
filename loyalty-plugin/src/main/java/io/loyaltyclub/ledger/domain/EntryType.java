package io.loyaltyclub.ledger.domain;

/**
 * The kinds of ledger entries (loyalty spec, section 2). Every change of a member's points is one entry.
 */
public enum EntryType {

    /** Points earned (an order, an action, a bonus): creates a lot, pending or available. */
    EARN,
    /** Points spent (paying for an order, a reward): consumes lots, soonest-expiring first. */
    REDEEM,
    /** Earned points taken back (a cancelled or returned order); a shortfall becomes a debt. */
    REVERSE_EARN,
    /** Spent points given back (checkout failed, order cancelled or returned). */
    RESTORE_REDEEM,
    /** Points that reached their expiry date unspent. */
    EXPIRE,
    /** A correction by an admin, with a note; up or down. */
    ADJUST;

    /** Whether entries of this type may be negative, positive or both. */
    public boolean allows(long points) {
        switch (this) {
            case EARN:
            case RESTORE_REDEEM:
                return points > 0;
            case REDEEM:
            case REVERSE_EARN:
            case EXPIRE:
                return points < 0;
            case ADJUST:
            default:
                return points != 0;
        }
    }
}
