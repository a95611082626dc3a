package io.loyaltyclub.messaging.domain;

/**
 * The club's e-mails to members (loyalty spec, section 11). A <em>service</em> message tells the member about their
 * own account (joined, points credited or about to expire, a tier reached, a referral paid) and goes to every active
 * member; a <em>marketing</em> message urges them to buy or celebrates them (birthday, a tier at risk) and goes only
 * to members who consented to marketing. Offers are marketing too: they are only put into any message for members
 * who consented.
 */
public enum MessageType {
    WELCOME(false, "welcome"),
    POINTS_AVAILABLE(false, "pointsAvailable"),
    POINTS_EXPIRING(false, "pointsExpiring"),
    TIER_REACHED(false, "tierReached"),
    TIER_AT_RISK(true, "tierAtRisk"),
    BIRTHDAY(true, "birthday"),
    REFERRAL_REWARD(false, "referralReward");

    private final boolean marketing;
    private final String template;

    MessageType(boolean marketing, String template) {
        this.marketing = marketing;
        this.template = template;
    }

    /** Whether the message needs the member's marketing consent. */
    public boolean isMarketing() {
        return marketing;
    }

    /** The template's name under {@code emailTemplates/loyalty/} and the key part of its texts. */
    public String getTemplate() {
        return template;
    }
}
