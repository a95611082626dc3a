package io.loyaltyclub.ledger.service;

import io.loyaltyclub.member.persistence.MemberStatus;

/** A suspended or closed membership neither earns nor spends points; nothing changed. */
public class AccountNotActiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MemberStatus status;

    public AccountNotActiveException(long accountId, MemberStatus status) {
        super("Loyalty account " + accountId + " is " + status.name().toLowerCase() + ": it cannot earn or spend points");
        this.status = status;
    }

    public MemberStatus getStatus() {
        return status;
    }
}
