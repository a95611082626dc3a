package io.loyaltyclub.action.service;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.member.service.NewsletterSignUp;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * The newsletter sign-up reward: the club's newsletter is its e-mails a member consents to. The first sign-up ever
 * is rewarded once (one occurrence per member), so unsubscribing and subscribing again earns nothing more.
 */
@Component("loyaltyNewsletterSignUp")
public class NewsletterReward implements NewsletterSignUp {

    /** The one occurrence of a member's newsletter sign-up. */
    public static final String OCCURRENCE = "first-sign-up";

    private static final Log LOG = LogFactory.getLog(NewsletterReward.class);

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Override
    public void signedUp(long accountId) {
        try {
            rewards.grant(accountId, ActionType.NEWSLETTER, OCCURRENCE, null);
        } catch (RuntimeException e) {
            LOG.error("Could not reward the newsletter sign-up of loyalty account " + accountId, e);
        }
    }
}
