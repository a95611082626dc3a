package io.loyaltyclub.redeeming.service;

/** Points could not be applied to the order; nothing changed. */
public class PointsRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Why {
        NOT_A_MEMBER,
        CLUB_CLOSED,
        NOT_POSITIVE,
        BELOW_MINIMUM,
        ABOVE_BALANCE,
        ABOVE_ORDER_SHARE,
        /** The form was for another cart (the order was placed or replaced meanwhile). */
        CART_CHANGED
    }

    private final Why why;

    public PointsRefusedException(Why why) {
        super("Points refused: " + why);
        this.why = why;
    }

    public Why getWhy() {
        return why;
    }
}
