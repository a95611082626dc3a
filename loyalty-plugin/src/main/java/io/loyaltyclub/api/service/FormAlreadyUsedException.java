package io.loyaltyclub.api.service;

/** An admin form that creates an API key was posted again; the key it created the first time stays the only one. */
public class FormAlreadyUsedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FormAlreadyUsedException() {
        super("This form already created an API key");
    }
}
