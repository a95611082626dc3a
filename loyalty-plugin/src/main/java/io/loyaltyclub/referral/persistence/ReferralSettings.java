package io.loyaltyclub.referral.persistence;

import java.io.Serializable;

/** The shop's referral settings (Loyalty &gt; Referral settings): one row. */
public interface ReferralSettings extends Serializable {

    Long getId();

    boolean isActive();

    void setActive(boolean active);

    /** Points the friend gets on registering through a link (as a member). */
    long getFriendPoints();

    void setFriendPoints(long points);

    /** Points the advocate gets once the friend's first order has passed its pending period. */
    long getAdvocatePoints();

    void setAdvocatePoints(long points);

    /** Referrals an advocate may have per calendar month (store time zone); 0: no cap. */
    int getMonthlyCap();

    void setMonthlyCap(int cap);

    /** Days a followed link is remembered while the friend finds the way to registering. */
    int getLinkDays();

    void setLinkDays(int days);
}
