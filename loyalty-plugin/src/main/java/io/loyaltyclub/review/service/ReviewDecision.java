package io.loyaltyclub.review.service;

import io.loyaltyclub.action.service.ActionGrantResult;

/** What an admin's approval or rejection of a review did. */
public final class ReviewDecision {

    /** How the decision went. */
    public enum Kind {
        /** Decided now. */
        DECIDED,
        /** It was decided before (a double click, another admin): nothing changed. */
        ALREADY_DECIDED,
        /** There is no such review. */
        NOT_FOUND
    }

    private final Kind kind;
    private final ActionGrantResult reward;

    ReviewDecision(Kind kind, ActionGrantResult reward) {
        this.kind = kind;
        this.reward = reward;
    }

    public Kind getKind() {
        return kind;
    }

    /** The member's reward for an approved review (null for a rejection or when nothing was decided). */
    public ActionGrantResult getReward() {
        return reward;
    }
}
