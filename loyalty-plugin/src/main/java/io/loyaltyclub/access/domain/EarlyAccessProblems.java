package io.loyaltyclub.access.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with an early access an admin is saving, by field; empty when nothing is. */
public final class EarlyAccessProblems {

    private EarlyAccessProblems() {
    }

    public static Map<String, String> of(boolean hasProduct, boolean hasCategory, String tierCode, boolean tierExists,
                                         boolean hasLaunch) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (hasProduct == hasCategory) {
            String problem = hasProduct ? "Choose a product or a category, not both."
                    : "Choose the product or the category of the preview.";
            problems.put("product", problem);
            problems.put("category", problem);
        }
        if (tierCode == null || tierCode.trim().isEmpty()) {
            problems.put("tierCode", "Give the code of the lowest tier allowed, e.g. GOLD.");
        } else if (!tierExists) {
            problems.put("tierCode", "There is no tier " + tierCode.trim() + ": use the code of a tier of Loyalty > Tiers.");
        }
        if (!hasLaunch) {
            problems.put("launchAt", "Give the day of the public launch.");
        }
        return problems;
    }
}
