package io.loyaltyclub.ledger.service;

/** No loyalty account has this id: the customer is not a member. */
public class UnknownAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(long accountId) {
        super("There is no loyalty account " + accountId);
    }
}
