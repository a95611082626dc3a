package io.loyaltyclub.api.service;

import io.loyaltyclub.ledger.domain.Balance;

/** What the API says about a customer: who they are, whether they are a member, and their points. */
public final class MemberStatement {

    private final long customerId;
    private final String email;
    private final boolean member;
    private final Balance balance;
    private final String tierCode;

    public MemberStatement(long customerId, String email, boolean member, Balance balance) {
        this(customerId, email, member, balance, null);
    }

    public MemberStatement(long customerId, String email, boolean member, Balance balance, String tierCode) {
        this.customerId = customerId;
        this.email = email;
        this.member = member;
        this.balance = balance;
        this.tierCode = tierCode;
    }

    /** The code of the member's tier; null below every tier, for a suspended member or a non-member. */
    public String getTierCode() {
        return tierCode;
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
