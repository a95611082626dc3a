package io.loyaltyclub.birthday.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * When a member's birthday reward is due (loyalty spec, section 3): once a year, in the birthday month, counted in
 * the store's time zone. A birth date entered or changed within {@link #QUIET_DAYS} days of a birthday (before or
 * after it) does not earn that birthday's reward: it waits for the next year, so that nobody gets a reward by
 * moving their birthday to this month.
 */
public final class BirthdayRule {

    /** Days around a birthday in which a new or changed birth date does not earn that birthday's reward. */
    public static final int QUIET_DAYS = 30;

    private BirthdayRule() {
    }

    /** The birthday in {@code year}: 29 February is celebrated on 28 February in other years. */
    public static LocalDate birthdayIn(MonthDay birthday, int year) {
        return birthday.isValidYear(year) ? birthday.atYear(year) : LocalDate.of(year, 2, 28);
    }

    /**
     * The first year whose birthday reward a birth date entered on {@code enteredOn} (store time zone) may earn:
     * the year of a birthday within {@link #QUIET_DAYS} days of that day is skipped.
     */
    public static int firstRewardYear(MonthDay birthday, LocalDate enteredOn) {
        int first = enteredOn.getYear();
        for (int year = enteredOn.getYear() - 1; year <= enteredOn.getYear() + 1; year++) {
            long distance = Math.abs(ChronoUnit.DAYS.between(enteredOn, birthdayIn(birthday, year)));
            if (distance <= QUIET_DAYS) {
                first = Math.max(first, year + 1);
            }
        }
        return first;
    }

    /**
     * Whether the birthday reward is due on {@code today} (store time zone): in the birthday month, from the first
     * reward year on, and not rewarded this year yet.
     *
     * @param lastRewardYear the year of the last birthday reward, or null
     */
    public static boolean due(MonthDay birthday, LocalDate today, int firstRewardYear, Integer lastRewardYear) {
        return today.getMonth() == birthday.getMonth()
                && today.getYear() >= firstRewardYear
                && (lastRewardYear == null || lastRewardYear < today.getYear());
    }

    /**
     * A birth date as a member may enter it: not in the future (store time zone) and not more than 120 years ago.
     *
     * @return null when fine, else the problem: "future" or "tooOld"
     */
    public static String problem(LocalDate birthDate, LocalDate today) {
        if (birthDate.isAfter(today)) {
            return "future";
        }
        if (birthDate.isBefore(today.minusYears(120))) {
            return "tooOld";
        }
        return null;
    }
}
