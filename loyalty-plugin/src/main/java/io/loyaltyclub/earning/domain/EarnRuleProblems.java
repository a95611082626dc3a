package io.loyaltyclub.earning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with an earning rule or a campaign an admin is about to save, field by field, in sentences an
 * admin can act on. The admin's validators and the services both ask here.
 */
public final class EarnRuleProblems {

    /** The largest multiplier a rule or campaign may have. */
    public static final BigDecimal MAX_MULTIPLIER = new BigDecimal(100);

    private EarnRuleProblems() {
    }

    /** Problems of a rule, by field name: product, category, multiplier. */
    public static Map<String, String> ofRule(boolean hasProduct, boolean hasCategory, BigDecimal multiplier,
                                             boolean excluded) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (hasProduct == hasCategory) {
            String message = "Choose either a product or a category, not both.";
            if (!hasProduct) {
                message = "Choose the product or the category the rule is about.";
            }
            problems.put("product", message);
            problems.put("category", message);
        }
        if (!excluded) {
            String multiplierProblem = multiplierProblem(multiplier);
            if (multiplierProblem != null) {
                problems.put("multiplier", multiplierProblem + " Or tick \"Earns no points\" to exclude.");
            } else if (multiplier.signum() == 0) {
                problems.put("multiplier", "A multiplier of 0 earns nothing: give one above 0, or tick \"Earns no "
                        + "points\" to exclude.");
            }
        }
        return Collections.unmodifiableMap(problems);
    }

    /** Problems of a campaign, by field name: name, multiplier, startsAt, endsAt. */
    public static Map<String, String> ofCampaign(String name, BigDecimal multiplier, Instant startsAt, Instant endsAt) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (name == null || name.trim().isEmpty()) {
            problems.put("name", "Give the campaign a name.");
        }
        String multiplierProblem = multiplierProblem(multiplier);
        if (multiplierProblem != null) {
            problems.put("multiplier", multiplierProblem);
        } else if (multiplier.signum() == 0) {
            problems.put("multiplier", "A campaign multiplies points by more than 0.");
        }
        if (startsAt == null) {
            problems.put("startsAt", "Give the moment the campaign starts.");
        }
        if (endsAt == null) {
            problems.put("endsAt", "Give the moment the campaign ends.");
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            problems.put("endsAt", "The campaign must end after it starts.");
        }
        return Collections.unmodifiableMap(problems);
    }

    private static String multiplierProblem(BigDecimal multiplier) {
        if (multiplier == null) {
            return "Give a multiplier, like 2 for double points.";
        }
        if (multiplier.signum() < 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0) {
            return "The multiplier must be between 0 and 100.";
        }
        if (multiplier.stripTrailingZeros().scale() > 2) {
            return "The multiplier can have at most 2 decimals.";
        }
        return null;
    }

    /** The problems as a list, for services that report them all at once. */
    public static List<String> messages(Map<String, String> problems) {
        return new ArrayList<String>(new LinkedHashSet<String>(problems.values()));
    }
}
