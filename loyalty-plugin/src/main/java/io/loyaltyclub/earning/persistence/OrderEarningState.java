package io.loyaltyclub.earning.persistence;

/** Where the earning of an order stands. */
public enum OrderEarningState {
    /** The order's points were credited. */
    EARNED,
    /** The checkout failed after the points were credited; they were taken back, a retried checkout earns anew. */
    ROLLED_BACK
}
