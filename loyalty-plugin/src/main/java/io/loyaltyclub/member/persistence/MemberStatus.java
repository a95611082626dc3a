package io.loyaltyclub.member.persistence;

/** Where a membership stands (loyalty spec, section 1). */
public enum MemberStatus {
    /** Earns and spends points. */
    ACTIVE,
    /** Kept, but earns and spends nothing until an admin reactivates it. */
    SUSPENDED,
    /** Left the club; the ledger stays for the books. */
    CLOSED
}
