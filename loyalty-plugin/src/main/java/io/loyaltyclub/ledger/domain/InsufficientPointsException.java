package io.loyaltyclub.ledger.domain;

/**
 * A spending asked for more points than are available; nothing changed.
 */
public class InsufficientPointsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long requested;
    private final long available;

    public InsufficientPointsException(long requested, long available) {
        super("Not enough points: " + requested + " requested, " + available + " available");
        this.requested = requested;
        this.available = available;
    }

    public long getRequested() {
        return requested;
    }

    public long getAvailable() {
        return available;
    }
}
