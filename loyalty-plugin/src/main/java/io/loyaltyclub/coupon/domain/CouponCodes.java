package io.loyaltyclub.coupon.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/**
 * The codes of members' own coupons: the rule's prefix, a dash and eight characters drawn from letters and digits
 * that cannot be mistaken for each other (no 0/O, 1/I/L), so a member can type one off a phone screen. 31^8 codes
 * make guessing another member's code hopeless; it would not work for them anyway, being bound to its member.
 */
public final class CouponCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;

    private final Random random;

    public CouponCodes() {
        this(new SecureRandom());
    }

    CouponCodes(Random random) {
        this.random = random;
    }

    public String next(String prefix) {
        StringBuilder code = new StringBuilder();
        String clean = prefix == null ? "" : prefix.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        code.append(clean.isEmpty() ? "CLUB" : clean).append('-');
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
