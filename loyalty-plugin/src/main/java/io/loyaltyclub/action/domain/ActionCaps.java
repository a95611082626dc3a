package io.loyaltyclub.action.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How often an action may be rewarded: at most so many times per calendar day, per calendar month, per calendar
 * year (all in the store's time zone) and in a member's lifetime. A null cap means no limit; 0 means never.
 */
public final class ActionCaps {

    /** The periods a cap counts in, shortest first. */
    public enum Period {
        DAY, MONTH, YEAR, LIFETIME
    }

    private final Integer perDay;
    private final Integer perMonth;
    private final Integer perYear;
    private final Integer lifetime;

    public ActionCaps(Integer perDay, Integer perMonth, Integer perYear, Integer lifetime) {
        this.perDay = perDay;
        this.perMonth = perMonth;
        this.perYear = perYear;
        this.lifetime = lifetime;
    }

    public static ActionCaps none() {
        return new ActionCaps(null, null, null, null);
    }

    /** The cap of a period, or null when that period has none. */
    public Integer cap(Period period) {
        switch (period) {
            case DAY:
                return perDay;
            case MONTH:
                return perMonth;
            case YEAR:
                return perYear;
            case LIFETIME:
            default:
                return lifetime;
        }
    }

    /** When the period containing {@code now} began, in {@code zone}; null for the lifetime. */
    public static Instant startOf(Period period, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        switch (period) {
            case DAY:
                return today.atStartOfDay(zone).toInstant();
            case MONTH:
                return today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
            case YEAR:
                return today.withDayOfYear(1).atStartOfDay(zone).toInstant();
            case LIFETIME:
            default:
                return null;
        }
    }

    /**
     * The first period whose cap the member has reached, or null when one more reward is allowed.
     *
     * @param earlier when the member was rewarded for this action before
     */
    public Period reached(List<Instant> earlier, Instant now, ZoneId zone) {
        for (Period period : Period.values()) {
            Integer cap = cap(period);
            if (cap == null) {
                continue;
            }
            Instant from = startOf(period, now, zone);
            int count = 0;
            for (Instant at : earlier) {
                if (from == null || !at.isBefore(from)) {
                    count++;
                }
            }
            if (count >= cap) {
                return period;
            }
        }
        return null;
    }

    /** What is wrong with caps an admin entered, by field (perDay, perMonth, perYear, lifetime); empty when fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<String>();
        check(problems, "perDay", perDay);
        check(problems, "perMonth", perMonth);
        check(problems, "perYear", perYear);
        check(problems, "lifetime", lifetime);
        return Collections.unmodifiableList(problems);
    }

    private static void check(List<String> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > 100000)) {
            problems.add(field);
        }
    }

    /** Whether a longer period's cap is below a shorter one's (the shorter one could then never be reached). */
    public boolean inconsistent() {
        Integer shorter = null;
        for (Period period : Period.values()) {
            Integer cap = cap(period);
            if (cap == null) {
                continue;
            }
            if (shorter != null && cap < shorter) {
                return true;
            }
            shorter = cap;
        }
        return false;
    }

    @Override
    public String toString() {
        return "ActionCaps{day=" + perDay + ", month=" + perMonth + ", year=" + perYear + ", lifetime=" + lifetime + "}";
    }
}
