package io.loyaltyclub.coupon.web;

import io.loyaltyclub.coupon.domain.CouponState;
import io.loyaltyclub.coupon.service.MemberCouponView;
import io.loyaltyclub.platform.web.ShopperFormats;

import java.util.ArrayList;
import java.util.List;

/** A member's coupon as a line of the members' area, its dates in the shopper's language and the store's zone. */
public final class CouponLine {

    private final String code;
    private final String title;
    private final String state;
    private final String validFrom;
    private final String validUntil;

    private CouponLine(MemberCouponView coupon, ShopperFormats formats) {
        this.code = coupon.getCode();
        this.title = coupon.getTitle();
        this.state = coupon.getState().name();
        this.validFrom = formats.day(coupon.getValidFrom().atZone(formats.getZone()).toLocalDate());
        this.validUntil = formats.day(coupon.getValidUntil().atZone(formats.getZone()).toLocalDate());
    }

    public static List<CouponLine> of(List<MemberCouponView> coupons, ShopperFormats formats) {
        List<CouponLine> lines = new ArrayList<CouponLine>();
        for (MemberCouponView coupon : coupons) {
            lines.add(new CouponLine(coupon, formats));
        }
        return lines;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    /** READY, NOT_YET, USED or EXPIRED ({@link CouponState}). */
    public String getState() {
        return state;
    }

    public boolean isUsable() {
        return CouponState.READY.name().equals(state);
    }

    public String getValidFrom() {
        return validFrom;
    }

    public String getValidUntil() {
        return validUntil;
    }
}
