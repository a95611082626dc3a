package io.loyaltyclub.tier.domain;

/** Why a member's tier changed; every change is recorded with one. */
public enum TierChangeReason {
    /** Earned or spent enough in the qualification period to reach a higher tier. */
    QUALIFIED,
    /** The period that followed the one the tier was reached in ended without qualifying again. */
    PERIOD_ENDED,
    /** The items whose points or spending reached the tier were returned or cancelled. */
    ORDER_RETURNED,
    /** The tier is no longer offered (an admin switched it off). */
    TIER_WITHDRAWN,
    /** An admin set the tier by hand (floor or fixed), with a note. */
    MANUAL,
    /** An admin gave the member back to qualification, with a note. */
    MANUAL_CLEARED
}
