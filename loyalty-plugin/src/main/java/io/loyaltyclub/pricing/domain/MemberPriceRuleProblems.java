package io.loyaltyclub.pricing.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a member price rule an admin is about to save, field by field, in sentences an admin can act
 * on. The admin's validator and the rule's conversion to the domain both ask here.
 */
public final class MemberPriceRuleProblems {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private MemberPriceRuleProblems() {
    }

    /** Problems by field name: tier, product, category, wholeCatalogue, percentOff, fixedPrice. */
    public static Map<String, String> ofRule(boolean hasTier, boolean hasProduct, boolean hasCategory,
                                             boolean wholeCatalogue, BigDecimal percentOff, BigDecimal fixedPrice) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (!hasTier) {
            problems.put("tier", "Choose the tier whose members get this price.");
        }
        int targets = (hasProduct ? 1 : 0) + (hasCategory ? 1 : 0) + (wholeCatalogue ? 1 : 0);
        if (targets != 1) {
            String message = targets == 0
                    ? "Choose a product or a category, or tick \"Whole catalogue\"."
                    : "Choose only one: a product, a category, or the whole catalogue.";
            problems.put("product", message);
            problems.put("category", message);
            problems.put("wholeCatalogue", message);
        }
        if ((percentOff == null) == (fixedPrice == null)) {
            String message = percentOff == null
                    ? "Give a percent off (like 10) or a fixed price (like 19.90)."
                    : "Give either a percent off or a fixed price, not both.";
            problems.put("percentOff", message);
            problems.put("fixedPrice", message);
        } else if (percentOff != null) {
            if (percentOff.signum() <= 0 || percentOff.compareTo(HUNDRED) >= 0) {
                problems.put("percentOff", "The percent off must be above 0 and below 100.");
            } else if (percentOff.stripTrailingZeros().scale() > 2) {
                problems.put("percentOff", "The percent off can have at most 2 decimals.");
            }
        } else if (fixedPrice.signum() < 0) {
            problems.put("fixedPrice", "The fixed price cannot be negative.");
        } else if (fixedPrice.stripTrailingZeros().scale() > 2) {
            problems.put("fixedPrice", "The fixed price can have at most 2 decimals.");
        }
        return Collections.unmodifiableMap(problems);
    }
}
