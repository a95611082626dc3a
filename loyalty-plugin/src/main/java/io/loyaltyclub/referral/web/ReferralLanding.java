package io.loyaltyclub.referral.web;

/**
 * What the page of a followed referral link says. {@code situation} picks the text: INVITED (the visitor can register
 * through it), OWN_LINK (the advocate looking at their own link), CUSTOMER (a signed-in customer: links are for new
 * customers), UNKNOWN (no such active member), PAUSED (referrals or the club closed).
 */
public final class ReferralLanding {

    public enum Situation { INVITED, OWN_LINK, CUSTOMER, UNKNOWN, PAUSED }

    private final Situation situation;
    private final String code;
    private final String advocateName;
    private final String clubName;
    private final String friendPoints;
    private final String termsVersion;
    private final String termsHtml;

    ReferralLanding(Situation situation, String code, String advocateName, String clubName, String friendPoints,
                    String termsVersion, String termsHtml) {
        this.situation = situation;
        this.code = code;
        this.advocateName = advocateName;
        this.clubName = clubName;
        this.friendPoints = friendPoints;
        this.termsVersion = termsVersion;
        this.termsHtml = termsHtml;
    }

    public String getSituation() {
        return situation.name();
    }

    public boolean isInvited() {
        return situation == Situation.INVITED;
    }

    public String getCode() {
        return code;
    }

    /** The advocate's first name, or null (the page then says "a member"). */
    public String getAdvocateName() {
        return advocateName;
    }

    public String getClubName() {
        return clubName;
    }

    public String getFriendPoints() {
        return friendPoints;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public String getTermsHtml() {
        return termsHtml;
    }
}
