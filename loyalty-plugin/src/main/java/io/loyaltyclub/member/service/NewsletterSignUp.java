package io.loyaltyclub.member.service;

/**
 * Told when a member signs up to the club's newsletter (gives consent to the club's e-mails, on joining or later in
 * the members' area). The action rewards feature rewards the first sign-up ever.
 */
public interface NewsletterSignUp {

    /** The member has consent on now; called after the change is committed. Never throws. */
    void signedUp(long accountId);
}
