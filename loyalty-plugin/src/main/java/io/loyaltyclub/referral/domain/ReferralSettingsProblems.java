package io.loyaltyclub.referral.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with referral settings an admin entered, by field, in the admin's words. */
public final class ReferralSettingsProblems {

    public static final long MAX_POINTS = 1000000L;
    public static final int MAX_MONTHLY_CAP = 1000;
    public static final int MAX_LINK_DAYS = 365;

    private ReferralSettingsProblems() {
    }

    /**
     * @param anotherExists whether other referral settings are stored already (there is one set per shop)
     */
    public static Map<String, String> of(Long friendPoints, Long advocatePoints, Integer monthlyCap, Integer linkDays,
                                         boolean anotherExists) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (anotherExists) {
            problems.put("friendPoints", "There is one set of referral settings per shop; edit the existing one.");
        }
        points(problems, "friendPoints", friendPoints, "The friend's welcome reward");
        points(problems, "advocatePoints", advocatePoints, "The advocate's reward");
        if (monthlyCap == null || monthlyCap < 0 || monthlyCap > MAX_MONTHLY_CAP) {
            problems.put("monthlyCap", "The monthly cap is a whole number from 0 (no cap) to " + MAX_MONTHLY_CAP + ".");
        }
        if (linkDays == null || linkDays < 1 || linkDays > MAX_LINK_DAYS) {
            problems.put("linkDays", "A followed link is remembered for 1 to " + MAX_LINK_DAYS + " days.");
        }
        return problems;
    }

    private static void points(Map<String, String> problems, String field, Long points, String what) {
        if (points == null || points < 0 || points > MAX_POINTS) {
            problems.put(field, what + " is a whole number of points from 0 to " + MAX_POINTS + ".");
        }
    }
}
