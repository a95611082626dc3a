package io.loyaltyclub.programme.service;

/**
 * The settings were changed by someone else after this copy was read; saving it would undo their change.
 */
public class StaleProgrammeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleProgrammeException() {
        super("Someone saved the loyalty programme settings after you read them. Reload them and make your change again.");
    }
}
