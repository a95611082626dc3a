package io.loyaltyclub.coupon.service;

/** Today's members' sale day as a storefront banner tells a shopper about it (loyalty spec, section 9). */
public final class SaleDayNotice {

    private final String title;
    private final String tierName;
    private final boolean invited;
    private final String code;

    public SaleDayNotice(String title, String tierName, boolean invited, String code) {
        this.title = title;
        this.tierName = tierName;
        this.invited = invited;
        this.code = code;
    }

    /** The sale-day rule's name, e.g. "Members' sale day: 25 % off". */
    public String getTitle() {
        return title;
    }

    /** The lowest tier invited, or null: every member. */
    public String getTierName() {
        return tierName;
    }

    /** Whether the shopper is an active member of the invited tiers. */
    public boolean isInvited() {
        return invited;
    }

    /** The shopper's code for the day, or null (not invited, or not handed out yet). */
    public String getCode() {
        return code;
    }
}
