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
    /** The welcome reward of a friend who registered through a member's referral link. */
    REFERRAL_FRIEND,
    /** The reward of a member whose referred friend's first order passed its pending period. */
    REFERRAL_ADVOCATE,
    /** The reward for signing up to the club's newsletter, once per member ever. */
    ACTION_NEWSLETTER,
    /** The reward for a product review the shop approved. */
    ACTION_REVIEW,
    /** The reward for a shared product link that brought a visitor who registered or ordered. */
    ACTION_SHARE,
    /** The reward for completing the profile (the birth date). */
    ACTION_PROFILE,
    /** The birthday reward, once a year in the member's birthday month. */
    ACTION_BIRTHDAY,
    /** Points exchanged for a reward of the reward catalogue. */
    REWARD
}
