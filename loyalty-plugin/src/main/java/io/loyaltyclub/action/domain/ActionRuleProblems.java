package io.loyaltyclub.action.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with an action rule an admin saves, by field, in words for the admin. */
public final class ActionRuleProblems {

    public static final long MAX_POINTS = 100000;

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
            problems.put("lifetime", "A longer period's limit cannot be lower than a shorter one's "
                    + "(per day <= per month <= per year <= ever).");
        }
        return problems;
    }
}
