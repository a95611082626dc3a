package io.loyaltyclub.referral.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.referral.domain.FriendName;
import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.persistence.ReferralImpl;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The members' area's referral section: the member's code and link, ways to share it, and their referrals. */
public final class ReferralPanel {

    private final String code;
    private final String link;
    private final boolean open;
    private final String friendPoints;
    private final String advocatePoints;
    private final String monthlyCap;
    private final String emailUrl;
    private final String whatsAppUrl;
    private final String telegramUrl;
    private final String facebookUrl;
    private final List<Row> referrals;

    ReferralPanel(String code, String link, boolean open, long friendPoints, long advocatePoints, int monthlyCap,
                  String subject, String message, List<ReferralImpl> referrals, ShopperFormats formats) {
        this.code = code;
        this.link = link;
        this.open = open;
        this.friendPoints = formats.points(friendPoints);
        this.advocatePoints = formats.points(advocatePoints);
        this.monthlyCap = monthlyCap > 0 ? formats.points(monthlyCap) : null;
        String text = message + " " + link;
        this.emailUrl = "mailto:?subject=" + encode(subject) + "&body=" + encode(text);
        this.whatsAppUrl = "https://wa.me/?text=" + encode(text);
        this.telegramUrl = "https://t.me/share/url?url=" + encode(link) + "&text=" + encode(message);
        this.facebookUrl = "https://www.facebook.com/sharer/sharer.php?u=" + encode(link);
        List<Row> rows = new ArrayList<Row>();
        for (ReferralImpl referral : referrals) {
            rows.add(new Row(referral, formats));
        }
        this.referrals = Collections.unmodifiableList(rows);
    }

    /** "%20" for spaces: mail programs and share pages read it, where some show a "+" literally. */
    static String encode(String text) {
        try {
            return URLEncoder.encode(text, "UTF-8").replace("+", "%20");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getCode() {
        return code;
    }

    public String getLink() {
        return link;
    }

    /** False while the shop has paused referrals. */
    public boolean isOpen() {
        return open;
    }

    public String getFriendPoints() {
        return friendPoints;
    }

    public String getAdvocatePoints() {
        return advocatePoints;
    }

    /** The monthly cap formatted, or null when there is none. */
    public String getMonthlyCap() {
        return monthlyCap;
    }

    public String getEmailUrl() {
        return emailUrl;
    }

    public String getWhatsAppUrl() {
        return whatsAppUrl;
    }

    public String getTelegramUrl() {
        return telegramUrl;
    }

    public String getFacebookUrl() {
        return facebookUrl;
    }

    public List<Row> getReferrals() {
        return referrals;
    }

    /** One friend referred, as the advocate sees it. */
    public static final class Row {

        private final String friend;
        private final String registeredOn;
        private final String state;
        private final String reason;
        private final String rewardDueOn;
        private final String orderedOn;
        private final String points;

        Row(ReferralImpl referral, ShopperFormats formats) {
            this.friend = friendName(referral.getFriendName(), referral.getFriendEmail());
            this.registeredOn = formats.date(referral.getRegisteredAt().toInstant());
            this.state = referral.getState().name();
            this.reason = referral.getRefusalReason() == null ? null : referral.getRefusalReason().name();
            this.orderedOn = referral.getOrderedAt() == null ? null : formats.date(referral.getOrderedAt().toInstant());
            this.rewardDueOn = referral.getState() == ReferralState.ORDERED && referral.getRewardDueAt() != null
                    ? formats.date(referral.getRewardDueAt().toInstant()) : null;
            this.points = referral.getState() == ReferralState.REWARDED
                    ? formats.signedPoints(referral.getAdvocatePoints()) : null;
        }

        /** The friend's first name, or their e-mail with most of the mailbox hidden. */
        static String friendName(String firstName, String email) {
            return FriendName.of(firstName, email);
        }

        public String getFriend() {
            return friend;
        }

        public String getRegisteredOn() {
            return registeredOn;
        }

        /** REGISTERED, ORDERED, REWARDED or REFUSED: loyalty.referral.state.* */
        public String getState() {
            return state;
        }

        /** Why it was refused (loyalty.referral.reason.*), or null. */
        public String getReason() {
            return reason;
        }

        public String getOrderedOn() {
            return orderedOn;
        }

        public String getRewardDueOn() {
            return rewardDueOn;
        }

        /** The advocate's reward, once paid. */
        public String getPoints() {
            return points;
        }
    }
}
