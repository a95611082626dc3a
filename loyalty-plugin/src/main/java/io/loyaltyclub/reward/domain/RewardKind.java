package io.loyaltyclub.reward.domain;

/** What a member gets for their points from the reward catalogue (loyalty spec, section 4). */
public enum RewardKind {
    /** A single-use code taking a fixed amount off an order. */
    AMOUNT_OFF(true),
    /** A single-use code taking a percentage off an order's items. */
    PERCENT_OFF(true),
    /** A single-use code making an order's shipping free. */
    FREE_SHIPPING(true),
    /** A single-use code making one unit of a chosen product free when it is in the cart. */
    FREE_PRODUCT(true),
    /** A place at a members' event, fulfilled by hand by the shop. */
    EVENT_INVITATION(false);

    private final boolean coupon;

    RewardKind(boolean coupon) {
        this.coupon = coupon;
    }

    /** Whether the member gets a coupon code (otherwise the shop fulfils the reward by hand). */
    public boolean isCoupon() {
        return coupon;
    }

    /** The kind of this name, or null when the stored value is none. */
    public static RewardKind of(String name) {
        for (RewardKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
