package io.loyaltyclub.coupon.domain;

import java.time.Instant;

/** Where a member's coupon stands, as the members' area shows it. */
public enum CouponState {
    /** Can be entered in the cart now. */
    READY,
    /** A sale day's coupon before its day. */
    NOT_YET,
    /** Used as many times as it may be. */
    USED,
    /** Its last valid day has passed. */
    EXPIRED;

    public static CouponState of(int uses, int maxUses, Instant validFrom, Instant validUntil, Instant now) {
        if (uses >= maxUses) {
            return USED;
        }
        if (now.isAfter(validUntil)) {
            return EXPIRED;
        }
        return now.isBefore(validFrom) ? NOT_YET : READY;
    }
}
