package io.loyaltyclub.referral.service;

/** An admin's approval or rejection that cannot be made as asked; nothing changed. The message says why. */
public class ReferralDecisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean stale;

    public ReferralDecisionException(String message, boolean stale) {
        super(message);
        this.stale = stale;
    }

    /** True when the referral changed since the admin's page showed it. */
    public boolean isStale() {
        return stale;
    }
}
