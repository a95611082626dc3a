package io.loyaltyclub.action.service;

import io.loyaltyclub.action.domain.ActionCaps;
import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.domain.GrantOutcome;

/** What asking for an action reward did: the outcome, the points credited, and the cap reached if any. */
public final class ActionGrantResult {

    private final ActionType type;
    private final GrantOutcome outcome;
    private final long points;
    private final ActionCaps.Period capReached;
    private final Long ledgerEntryId;

    ActionGrantResult(ActionType type, GrantOutcome outcome, long points, ActionCaps.Period capReached,
                      Long ledgerEntryId) {
        this.type = type;
        this.outcome = outcome;
        this.points = points;
        this.capReached = capReached;
        this.ledgerEntryId = ledgerEntryId;
    }

    public ActionType getType() {
        return type;
    }

    public GrantOutcome getOutcome() {
        return outcome;
    }

    /** True when this call credited the points. */
    public boolean isGranted() {
        return outcome == GrantOutcome.GRANTED;
    }

    /** The points credited now, or the points of the earlier reward for ALREADY_GRANTED; 0 otherwise. */
    public long getPoints() {
        return points;
    }

    /** The period whose cap stopped the reward (CAPPED only). */
    public ActionCaps.Period getCapReached() {
        return capReached;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    @Override
    public String toString() {
        return type + ": " + outcome + (capReached == null ? "" : " (" + capReached + ")") + ", " + points + " points";
    }
}
