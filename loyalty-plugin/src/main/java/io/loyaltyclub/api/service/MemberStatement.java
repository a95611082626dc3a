package io.loyaltyclub.api.service;

import io.loyaltyclub.ledger.domain.Balance;

/** What the API says about a customer: who they are, whether they are a member, and their points. */
public final class MemberStatement {

    private final long customerId;
    private final String email;
    private final boolean member;
    private final Balance balance;

    public MemberStatement(long customerId, String email, boolean member, Balance balance) {
        this.customerId = customerId;
        this.email = email;
        this.member = member;
        this.balance = balance;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public boolean isMember() {
        return member;
    }

    /** The member's points now; null for a customer who is not a member. */
    public Balance getBalance() {
        return balance;
    }
}
