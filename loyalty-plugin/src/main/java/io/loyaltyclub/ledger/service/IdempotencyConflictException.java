package io.loyaltyclub.ledger.service;

/** An idempotency key already recorded a different change; nothing changed. */
public class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException(String key) {
        super("The key " + key + " was already used for a different change of points");
    }
}
