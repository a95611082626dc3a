package io.loyaltyclub.tier.domain;

/** How a tier set by an admin applies. */
public enum ManualMode {
    /** The member is at least in the tier: qualifying higher still lifts them. */
    FLOOR,
    /** The member is in the tier whatever they earn or spend. */
    FIXED
}
