package io.loyaltyclub.action.domain;

/** What became of asking for an action reward. */
public enum GrantOutcome {
    /** Points credited now. */
    GRANTED,
    /** This occurrence was rewarded before (a retry, a double submit): nothing changed. */
    ALREADY_GRANTED,
    /** A cap of the action is reached for now: nothing credited. */
    CAPPED,
    /** The shop does not reward this action (rule switched off or worth no points). */
    NOT_OFFERED,
    /** The customer is no active member: nothing credited. */
    NOT_A_MEMBER
}
