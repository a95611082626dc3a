package io.loyaltyclub.coupon.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a coupon issued now may be used: from the moment it is issued (a sale day's coupon from the start of the
 * day) to the end of its last valid day in the store's time zone. {@code validDays} counts the day it starts on:
 * a coupon valid for 1 day ends at midnight of that day.
 */
public final class CouponPlan {

    private final Instant validFrom;
    private final Instant validUntil;

    private CouponPlan(Instant validFrom, Instant validUntil) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public static CouponPlan of(CouponOccasion occasion, LocalDate saleDay, int validDays, Instant now, ZoneId zone) {
        if (validDays < 1) {
            throw new IllegalArgumentException("A coupon is valid for at least one day, not " + validDays);
        }
        LocalDate firstDay;
        Instant from;
        if (occasion == CouponOccasion.SALE_DAY) {
            firstDay = saleDay;
            from = saleDay.atStartOfDay(zone).toInstant();
        } else {
            firstDay = now.atZone(zone).toLocalDate();
            from = now;
        }
        Instant until = firstDay.plusDays(validDays).atStartOfDay(zone).toInstant().minusSeconds(1);
        return new CouponPlan(from, until);
    }

    /** Whether a sale day's coupons are handed out at {@code now}: on the day itself and until it ends. */
    public static boolean isSaleDay(LocalDate saleDay, Instant now, ZoneId zone) {
        return saleDay != null && saleDay.equals(now.atZone(zone).toLocalDate());
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }
}
