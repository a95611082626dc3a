package io.loyaltyclub.tier.domain;

/** What a member's tier is measured by (loyalty spec, section 5). Never the current balance. */
public enum QualificationBasis {
    /** Points earned in the period (purchases, partners), less points taken back; gifts do not count. */
    POINTS_EARNED,
    /** Merchandise paid with money in the period, after discounts, less what was returned. */
    MONEY_SPENT;

    /** The basis with this name; points earned for a blank or unknown one. */
    public static QualificationBasis named(String name) {
        for (QualificationBasis basis : values()) {
            if (basis.name().equals(name)) {
                return basis;
            }
        }
        return POINTS_EARNED;
    }
}
