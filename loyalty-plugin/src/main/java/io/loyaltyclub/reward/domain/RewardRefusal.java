package io.loyaltyclub.reward.domain;

/**
 * Why a member cannot have a reward now. Each has a storefront message {@code loyalty.reward.refused.<NAME>};
 * a refused redemption changes nothing.
 */
public enum RewardRefusal {
    /** No such reward, or switched off by the shop. */
    UNAVAILABLE,
    /** Its first day has not come yet. */
    NOT_YET,
    /** Its last day has passed. */
    ENDED,
    /** Every unit or place has been taken. */
    SOLD_OUT,
    /** The reward is for a higher tier than the member's. */
    TIER_TOO_LOW,
    /** The member's available points are fewer than it costs. */
    NOT_ENOUGH_POINTS,
    /** The membership is not active (suspended or closed). */
    NOT_A_MEMBER,
    /** The form showed other terms (its cost changed since the page was opened): nothing was redeemed. */
    STALE_FORM,
    /** The form's one-time token already redeemed another reward. */
    TOKEN_USED;

    public String messageKey() {
        return "loyalty.reward.refused." + name();
    }
}
