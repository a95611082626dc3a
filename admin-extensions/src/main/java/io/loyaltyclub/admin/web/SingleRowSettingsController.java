package io.loyaltyclub.admin.web;

import io.loyaltyclub.messaging.service.MemberMessages;
import io.loyaltyclub.referral.service.ReferralService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;

/**
 * Loyalty › Member messages and Loyalty › Referral settings are one row each, edited on Broadleaf's entity screens:
 * their Add (the form and its post, more specific than Broadleaf's {@code /{sectionKey}/add}) opens the row there is
 * instead of making a second one, which the club would not read.
 */
@Controller("loyaltySingleRowSettingsController")
public class SingleRowSettingsController {

    static final String MESSAGES = "/loyalty-member-messages";
    static final String REFERRALS = "/loyalty-referral-settings";

    @Resource(name = "loyaltyMemberMessages")
    protected MemberMessages messages;

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @RequestMapping(value = MESSAGES + "/add", method = {RequestMethod.GET, RequestMethod.POST})
    public String messageSettings() {
        return "redirect:" + MESSAGES + "/" + messages.settings().getId();
    }

    @RequestMapping(value = REFERRALS + "/add", method = {RequestMethod.GET, RequestMethod.POST})
    public String referralSettings() {
        return "redirect:" + REFERRALS + "/" + referrals.settings().getId();
    }
}
