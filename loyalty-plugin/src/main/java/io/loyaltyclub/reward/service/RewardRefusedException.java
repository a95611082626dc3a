package io.loyaltyclub.reward.service;

import io.loyaltyclub.reward.domain.RewardRefusal;

/** A reward was not redeemed, for a reason the member is told; nothing changed. */
public class RewardRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RewardRefusal refusal;
    private final Object[] arguments;

    public RewardRefusedException(RewardRefusal refusal, Object... arguments) {
        super("Reward refused: " + refusal);
        this.refusal = refusal;
        this.arguments = arguments;
    }

    public RewardRefusal getRefusal() {
        return refusal;
    }

    /** The storefront message's arguments (a tier's name, points). */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
