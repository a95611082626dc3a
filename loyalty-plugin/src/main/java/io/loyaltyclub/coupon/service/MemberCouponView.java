package io.loyaltyclub.coupon.service;

import io.loyaltyclub.coupon.domain.CouponState;

import java.time.Instant;

/** A member's coupon as the members' area shows it. */
public final class MemberCouponView {

    private final String code;
    private final String title;
    private final CouponState state;
    private final Instant validFrom;
    private final Instant validUntil;
    private final int usesLeft;

    public MemberCouponView(String code, String title, CouponState state, Instant validFrom, Instant validUntil,
                            int usesLeft) {
        this.code = code;
        this.title = title;
        this.state = state;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.usesLeft = usesLeft;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public CouponState getState() {
        return state;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public int getUsesLeft() {
        return usesLeft;
    }

    public boolean isUsable() {
        return state == CouponState.READY;
    }
}
