package io.loyaltyclub.ledger.domain;

/**
 * Where a lot of earned points stands.
 */
public enum LotState {
    /** Earned, but not spendable before its available time (the return window). */
    PENDING,
    /** Spendable. */
    ACTIVE,
    /** Nothing left: spent, reversed or paid into a debt. */
    CLOSED,
    /** Reached its expiry date; what was left expired. */
    EXPIRED
}
