package io.loyaltyclub.referral.domain;

/** Why a referral pays no reward (loyalty spec, section 8). */
public enum RefusalReason {
    /** The friend is the advocate's own customer account. */
    SAME_CUSTOMER,
    /** The friend's e-mail is the advocate's, once case, dots and "+tags" the provider ignores are left out. */
    SAME_EMAIL,
    /** The friend's first order ships to an address of the advocate. */
    SAME_ADDRESS,
    /** The friend had bought or had an account with the same e-mail before. */
    NOT_NEW_CUSTOMER,
    /** The advocate already had the month's allowance of referrals. */
    MONTHLY_CAP,
    /** The friend's first order was cancelled. */
    FIRST_ORDER_CANCELLED,
    /** Items of the friend's first order were returned within its pending period. */
    FIRST_ORDER_RETURNED,
    /** The advocate's membership is suspended or closed. */
    ADVOCATE_NOT_ACTIVE,
    /** An admin rejected it by hand. */
    REJECTED_BY_ADMIN
}
