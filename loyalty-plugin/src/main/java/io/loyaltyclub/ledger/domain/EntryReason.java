package io.loyaltyclub.ledger.domain;

/** Why points changed: the source of a ledger entry (loyalty spec, section 2), shown to members and admins. */
public enum EntryReason {
    /** Points earned on an order. */
    ORDER,
    /** The welcome bonus on joining. */
    WELCOME,
    /** Points that paid part of an order. */
    ORDER_PAYMENT,
    /** Points given back because the checkout they paid for failed. */
    CHECKOUT_FAILED,
    /** An order was cancelled: its earned points taken back, the points that paid for it given back. */
    ORDER_CANCELLED,
    /** Lines of an order were returned: the same, for those lines. */
    ORDER_RETURNED,
    /** Points reached their expiry date unspent. */
    EXPIRY,
    /** A correction by an admin, with a note. */
    ADMIN,
    /** Earned or spent at a partner, through the API. */
    PARTNER,
    /** The reward for reaching a tier, once per tier. */
    TIER_REACHED,
    /** Points exchanged for a reward of the reward catalogue. */
    REWARD
}
