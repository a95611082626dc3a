package io.loyaltyclub.action.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with an action rule an admin saves, by field, in words for the admin. */
public final class ActionRuleProblems {

    public static final long MAX_POINTS = 100000;

    /** The form fields of the caps, in the order of {@link ActionCaps.Period}. */
    private static final String[] FIELDS = {"perDay", "perMonth", "perYear", "lifetime"};

    private ActionRuleProblems() {
    }

    public static Map<String, String> of(String actionType, long points, ActionCaps caps) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (ActionType.named(actionType) == null) {
            problems.put("points", "The club keeps one rule per action, and they are all in the list already: "
                    + "open the action's rule and change it there.");
            return problems;
        }
        if (points < 0 || points > MAX_POINTS) {
            problems.put("points", "Enter 0 to 100,000 points.");
        }
        for (String field : caps.problems()) {
            problems.put(field, "Enter a whole number from 0 to 100,000, or leave it empty for no limit.");
        }
        if (caps.problems().isEmpty() && caps.inconsistent()) {
            problems.put(longerBelowShorter(caps), "The limit of a longer period cannot be lower than the limit of "
                    + "a shorter one: per month at least per day, per year at least per month, ever at least per year.");
        }
        return problems;
    }

    /** The field of the first longer period whose cap is below a shorter one's. */
    private static String longerBelowShorter(ActionCaps caps) {
        Integer shorter = null;
        for (ActionCaps.Period period : ActionCaps.Period.values()) {
            Integer cap = caps.cap(period);
            if (cap == null) {
                continue;
            }
            if (shorter != null && cap < shorter) {
                return FIELDS[period.ordinal()];
            }
            shorter = cap;
        }
        return "lifetime";
    }
}
