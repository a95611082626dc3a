package io.loyaltyclub.returns.service;

/** A cancellation or return that cannot be done; nothing changed. */
public class OrderReturnRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Why {
        /** There is no such order. */
        UNKNOWN_ORDER,
        /** The order was never placed, or is cancelled already. */
        NOT_PLACED,
        /** No quantity to return was given. */
        NOTHING_TO_RETURN,
        /** A line is not the order's. */
        UNKNOWN_LINE,
        /** More of a line than was ordered and not returned yet. */
        TOO_MANY,
        /** No admin user to record. */
        NO_ADMIN,
        /** Ending the return window needs a note saying why. */
        NO_NOTE,
        /** Lines of the order came back: its return window cannot be ended. */
        RETURNED,
        /** The order's return window was ended before, by an admin or by time. */
        WINDOW_ENDED
    }

    private final Why why;

    public OrderReturnRefusedException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why getWhy() {
        return why;
    }
}
