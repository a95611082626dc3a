package io.loyaltyclub.birthday.web;

/** The birthday part of the members' area. */
public final class BirthdayView {

    private final String value;
    private final String shown;
    private final int firstRewardYear;
    private final boolean waitsForNextYear;
    private final long birthdayPoints;
    private final long profilePoints;
    private final String max;

    BirthdayView(String value, String shown, int firstRewardYear, boolean waitsForNextYear, long birthdayPoints,
                 long profilePoints, String max) {
        this.value = value;
        this.shown = shown;
        this.firstRewardYear = firstRewardYear;
        this.waitsForNextYear = waitsForNextYear;
        this.birthdayPoints = birthdayPoints;
        this.profilePoints = profilePoints;
        this.max = max;
    }

    /** The birth date for the form's date field (YYYY-MM-DD), or null when none was given. */
    public String getValue() {
        return value;
    }

    /** The birth date in the shopper's language. */
    public String getShown() {
        return shown;
    }

    public int getFirstRewardYear() {
        return firstRewardYear;
    }

    /** The date was given close to this year's birthday: the reward starts next year. */
    public boolean isWaitsForNextYear() {
        return waitsForNextYear;
    }

    /** The birthday reward (0 when the shop gives none). */
    public long getBirthdayPoints() {
        return birthdayPoints;
    }

    /** What giving a birth date the first time earns (0 when nothing, or already given). */
    public long getProfilePoints() {
        return profilePoints;
    }

    /** Today in the store's time zone: the latest date the field accepts. */
    public String getMax() {
        return max;
    }
}
