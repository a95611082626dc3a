package io.loyaltyclub.action.domain;

import io.loyaltyclub.ledger.domain.EntryReason;

/**
 * What a member can do to be rewarded with points (loyalty spec, section 3, "Actions"). Joining is not here: it is
 * the programme's welcome bonus (see docs/decisions.md).
 */
public enum ActionType {
    /** The first newsletter sign-up ever (the first consent to the club's e-mails); never again. */
    NEWSLETTER(EntryReason.ACTION_NEWSLETTER),
    /** A product review the shop approved. */
    REVIEW(EntryReason.ACTION_REVIEW),
    /** A shared product link that brought a visitor who registered or ordered. */
    SHARE(EntryReason.ACTION_SHARE),
    /** The profile completed with a birth date. */
    PROFILE(EntryReason.ACTION_PROFILE),
    /** The birthday, once a year in the birthday month. */
    BIRTHDAY(EntryReason.ACTION_BIRTHDAY);

    private final EntryReason reason;

    ActionType(EntryReason reason) {
        this.reason = reason;
    }

    /** The ledger reason of the action's points. */
    public EntryReason reason() {
        return reason;
    }

    /** The action of that name, or null. */
    public static ActionType named(String name) {
        if (name == null) {
            return null;
        }
        for (ActionType type : values()) {
            if (type.name().equals(name.trim())) {
                return type;
            }
        }
        return null;
    }
}
