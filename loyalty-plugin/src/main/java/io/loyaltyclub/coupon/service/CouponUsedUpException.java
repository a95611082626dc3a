package io.loyaltyclub.coupon.service;

/** A member's coupon on an order that checks out has been used as often as it may be (by another checkout). */
public class CouponUsedUpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CouponUsedUpException(String code) {
        super("The coupon " + code + " has already been used as often as it may be");
    }
}
