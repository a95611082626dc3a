package io.loyaltyclub.gift.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a member gift an admin is saving, by field; empty when nothing is. */
public final class MemberGiftProblems {

    private MemberGiftProblems() {
    }

    /**
     * @param tierCode the tier's code as given (null or blank: every member)
     * @param tierExists whether a tier of that code exists
     */
    public static Map<String, String> of(Long triggerProductId, Long giftProductId, String tierCode, boolean tierExists) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (triggerProductId == null) {
            problems.put("triggerProduct", "Choose the product whose purchase brings the gift.");
        }
        if (giftProductId == null) {
            problems.put("giftProduct", "Choose the product given.");
        } else if (giftProductId.equals(triggerProductId)) {
            problems.put("giftProduct", "The gift must be another product than the one bought.");
        }
        if (tierCode != null && !tierCode.trim().isEmpty() && !tierExists) {
            problems.put("tierCode", "There is no tier " + tierCode.trim() + ": use the code of a tier of Loyalty > Tiers, "
                    + "or leave it empty for every member.");
        }
        return problems;
    }
}
