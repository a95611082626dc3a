package io.loyaltyclub.api.service;

/**
 * A request the API refuses, with its HTTP status and error code (the contract's {@code {"error", "message"}});
 * nothing changed.
 */
public class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiRefusal invalid(String message) {
        return new ApiRefusal(400, "invalid_request", message);
    }

    public static ApiRefusal unauthorized() {
        return new ApiRefusal(401, "unauthorized", "Send a valid, unrevoked and unexpired API key in the X-Api-Key header.");
    }

    public static ApiRefusal unknownCustomer() {
        return new ApiRefusal(404, "not_found", "There is no such customer.");
    }

    public static ApiRefusal notAMember() {
        return new ApiRefusal(409, "not_a_member", "The customer is not a member of the loyalty club.");
    }

    public static ApiRefusal membershipNotActive(String status) {
        return new ApiRefusal(409, "not_a_member", "The customer's membership is " + status + ": it cannot earn or spend points.");
    }

    public static ApiRefusal insufficientPoints(long requested, long available) {
        return new ApiRefusal(409, "insufficient_points",
                "Not enough points: " + requested + " requested, " + available + " available.");
    }

    public static ApiRefusal idempotencyConflict() {
        return new ApiRefusal(409, "idempotency_conflict",
                "This Idempotency-Key was already used for a different request.");
    }

    public int getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }
}
