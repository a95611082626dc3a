package io.loyaltyclub.referral.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A shipping address reduced to what identifies the place: street lines, postal code, city and country, without case,
 * accents, punctuation or spacing ("1 Harness St." and "1 harness st" are one address). Names and phones are left out:
 * two people at one address are one household for the referral rules.
 */
public final class PostalAddress {

    private final String key;

    private PostalAddress(String key) {
        this.key = key;
    }

    /** The address, or null when it has no street line (nothing to compare). */
    public static PostalAddress of(String line1, String line2, String postalCode, String city, String country) {
        String street = squash(line1) + squash(line2);
        if (street.isEmpty()) {
            return null;
        }
        return new PostalAddress(street + "|" + squash(postalCode) + "|" + squash(city) + "|" + squash(country));
    }

    private static String squash(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalAddress && ((PostalAddress) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
