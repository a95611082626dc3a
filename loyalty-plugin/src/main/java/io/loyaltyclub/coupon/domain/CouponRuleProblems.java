package io.loyaltyclub.coupon.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a club coupon rule an admin is saving, by field; empty when nothing is. */
public final class CouponRuleProblems {

    /** The longest a member's coupon may run: five years. */
    static final int MAX_VALID_DAYS = 5 * 366;
    static final int MAX_USES = 100;
    static final int MAX_PREFIX = 12;

    private CouponRuleProblems() {
    }

    /**
     * @param occasion the occasion, or null when none (or an unknown one) was chosen
     * @param hasOffer whether an offer was chosen
     * @param offerAutomatic whether that offer applies by itself, without a code
     * @param hasTier whether a tier was chosen
     */
    public static Map<String, String> of(CouponOccasion occasion, boolean hasOffer, boolean offerAutomatic,
                                         boolean hasTier, LocalDate saleDay, String prefix, int validDays,
                                         int usesPerMember) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (occasion == null) {
            problems.put("occasion", "Choose when the coupon is issued.");
        }
        if (!hasOffer) {
            problems.put("offer", "Choose the offer whose discount the members' codes give.");
        } else if (offerAutomatic) {
            problems.put("offer", "This offer applies by itself to every order: choose an offer that needs a code.");
        }
        if (occasion == CouponOccasion.TIER_REACHED && !hasTier) {
            problems.put("tier", "Choose the tier whose members get the coupon on reaching it.");
        }
        if (occasion == CouponOccasion.JOINING && hasTier) {
            problems.put("tier", "Every new member gets the joining coupon: leave the tier empty.");
        }
        if (occasion == CouponOccasion.SALE_DAY && saleDay == null) {
            problems.put("saleDay", "Give the sale day.");
        }
        if (occasion != CouponOccasion.SALE_DAY && saleDay != null) {
            problems.put("saleDay", "Only a sale-day coupon has a sale day: leave it empty.");
        }
        if (prefix != null && !prefix.trim().isEmpty()
                && (!prefix.trim().matches("[A-Za-z0-9]+") || prefix.trim().length() > MAX_PREFIX)) {
            problems.put("codePrefix", "Up to " + MAX_PREFIX + " letters (A to Z) and digits, e.g. WELCOME.");
        }
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            problems.put("validDays", "From 1 to " + MAX_VALID_DAYS + " days.");
        }
        if (usesPerMember < 1 || usesPerMember > MAX_USES) {
            problems.put("usesPerMember", "From 1 to " + MAX_USES + " orders.");
        }
        return problems;
    }
}
