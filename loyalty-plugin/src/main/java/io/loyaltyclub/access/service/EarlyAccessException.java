package io.loyaltyclub.access.service;

/** A product put in the cart of a shopper who may not buy it before its public launch. */
public class EarlyAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EarlyAccessRefusal refusal;

    public EarlyAccessException(String productName, EarlyAccessRefusal refusal) {
        super(productName + " is for club members at " + refusal.getTierName() + " level and above until "
                + refusal.getLaunchDay());
        this.refusal = refusal;
    }

    public EarlyAccessRefusal getRefusal() {
        return refusal;
    }

    /** The early-access refusal somewhere in the causes of {@code failure} (a workflow wraps it), or null. */
    public static EarlyAccessRefusal findIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EarlyAccessException) {
                return ((EarlyAccessException) cause).getRefusal();
            }
        }
        return null;
    }
}
