package io.loyaltyclub.member.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;

/** The membership after a join request, and whether this request created it. */
public final class JoinResult {

    private final LoyaltyAccount account;
    private final boolean joinedNow;
    private final long welcomePoints;

    public JoinResult(LoyaltyAccount account, boolean joinedNow, long welcomePoints) {
        this.account = account;
        this.joinedNow = joinedNow;
        this.welcomePoints = welcomePoints;
    }

    public LoyaltyAccount getAccount() {
        return account;
    }

    /** False when the customer was a member already: nothing changed. */
    public boolean isJoinedNow() {
        return joinedNow;
    }

    /** The welcome bonus credited by this join (0 when none). */
    public long getWelcomePoints() {
        return welcomePoints;
    }
}
