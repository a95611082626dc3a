package io.loyaltyclub.programme.domain;

/**
 * When earned points expire (loyalty spec, section 1).
 */
public enum ExpiryPolicy {

    /** Points never expire. */
    NEVER,

    /** Points expire a configured number of months after the day they were earned. */
    MONTHS_AFTER_EARNING,

    /** Points expire at the end of the calendar year that follows the year they were earned in. */
    END_OF_FOLLOWING_YEAR;

    /**
     * The policy named {@code name}, or {@link #NEVER} when the name is blank.
     *
     * @throws IllegalArgumentException when the name is not a known policy
     */
    public static ExpiryPolicy named(String name) {
        if (name == null || name.trim().isEmpty()) {
            return NEVER;
        }
        return valueOf(name.trim());
    }
}
