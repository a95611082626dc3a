package io.loyaltyclub.messaging.service;

import io.loyaltyclub.referral.persistence.ReferralImpl;
import io.loyaltyclub.referral.service.ReferralListener;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/** Queues the referral-reward e-mail of an advocate once the referral service has committed their reward. */
@Component("loyaltyReferralRewardMessages")
public class ReferralRewardMessages implements ReferralListener {

    @Resource(name = "loyaltyMemberMessages")
    protected MemberMessages messages;

    @Override
    public void advocateRewarded(ReferralImpl referral) {
        messages.referralRewarded(referral.getAdvocateAccountId(), "referral:" + referral.getId(),
                referral.getAdvocatePoints());
    }
}
