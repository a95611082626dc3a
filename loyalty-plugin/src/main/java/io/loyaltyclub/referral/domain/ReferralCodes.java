package io.loyaltyclub.referral.domain;

import java.util.Locale;
import java.util.Random;

/**
 * Members' referral codes: eight characters of an alphabet without look-alikes (no 0/O, 1/I/L), easy to read out and
 * to type; about 10^12 of them, so guessing one is hopeless and a clash (checked by a unique key) is rare.
 */
public final class ReferralCodes {

    public static final int LENGTH = 8;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private ReferralCodes() {
    }

    public static String generate(Random random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed or linked (any case, spaces around), or null when it cannot be a code. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        return code;
    }
}
