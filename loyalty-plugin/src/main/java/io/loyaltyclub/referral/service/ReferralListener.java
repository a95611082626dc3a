package io.loyaltyclub.referral.service;

import io.loyaltyclub.referral.persistence.ReferralImpl;

/**
 * Told of referral facts once they are committed, for a message sender (the referral-reward e-mail) or a report. Any
 * Spring bean of the root context implementing it is told; what it throws is logged and changes nothing.
 */
public interface ReferralListener {

    /** The advocate got the reward for this referral (once per referral). */
    void advocateRewarded(ReferralImpl referral);
}
