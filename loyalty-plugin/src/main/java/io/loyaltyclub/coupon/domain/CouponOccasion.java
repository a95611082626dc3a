package io.loyaltyclub.coupon.domain;

/** When the club hands a member a coupon of their own (loyalty spec, section 7). */
public enum CouponOccasion {
    /** On joining the club: once per membership. */
    JOINING,
    /** On reaching the rule's tier: once per member and tier, whatever the member's ups and downs. */
    TIER_REACHED,
    /** On the rule's sale day: to every member (of the rule's tier and above) once per sale day. */
    SALE_DAY;

    /** The occasion's key for a member: a member gets one coupon per rule and key. */
    public String key(String tierCode, java.time.LocalDate saleDay) {
        switch (this) {
            case JOINING:
                return "joining";
            case TIER_REACHED:
                return "tier:" + tierCode;
            default:
                return "sale:" + saleDay;
        }
    }
}
