package io.loyaltyclub.referral.domain;

/** Where a referral stands, as the advocate and the admin see it. */
public enum ReferralState {
    /** The friend registered through the advocate's link. */
    REGISTERED,
    /** The friend placed a first order; the advocate's reward waits for its pending period. */
    ORDERED,
    /** The first order passed its pending period and the advocate got the reward. */
    REWARDED,
    /** A fraud rule or an admin refused it: no reward for the advocate (see the reason). */
    REFUSED
}
