package io.loyaltyclub.birthday.service;

import io.loyaltyclub.action.service.ActionGrantResult;

/** What saving a member's birth date did. */
public final class BirthDateChange {

    /** How the save went. */
    public enum Kind {
        /** The date is new or different: saved. */
        SAVED,
        /** The same date as before: nothing changed. */
        UNCHANGED,
        /** Not a date a member can have (in the future, or too long ago): nothing saved. */
        REFUSED
    }

    private final Kind kind;
    private final String problem;
    private final int firstRewardYear;
    private final ActionGrantResult profileReward;

    BirthDateChange(Kind kind, String problem, int firstRewardYear, ActionGrantResult profileReward) {
        this.kind = kind;
        this.problem = problem;
        this.firstRewardYear = firstRewardYear;
        this.profileReward = profileReward;
    }

    public Kind getKind() {
        return kind;
    }

    /** For REFUSED: "future" or "tooOld" (see BirthdayRule.problem). */
    public String getProblem() {
        return problem;
    }

    /** The first year whose birthday the member can be rewarded for. */
    public int getFirstRewardYear() {
        return firstRewardYear;
    }

    /** The profile-completed reward asked for on saving (null when nothing was saved). */
    public ActionGrantResult getProfileReward() {
        return profileReward;
    }
}
