package io.loyaltyclub.messaging.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What is wrong with message settings, by field, in words for the admin (empty: nothing). */
public final class MessageSettingsProblems {

    public static final int MAX_DAYS = 365;
    public static final int MAX_OFFERS = 12;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private MessageSettingsProblems() {
    }

    public static Map<String, String> of(Integer weeklyCap, Integer daysBeforeExpiry, Integer daysBeforeTierEnd,
                                         Integer offersPerMessage, String fromAddress, String shopUrl) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (weeklyCap == null || weeklyCap < WeeklyCap.MIN || weeklyCap > WeeklyCap.MAX) {
            problems.put("weeklyCap", "Messages per member per week: a whole number from " + WeeklyCap.MIN + " to "
                    + WeeklyCap.MAX + ".");
        }
        if (daysBeforeExpiry == null || daysBeforeExpiry < 1 || daysBeforeExpiry > MAX_DAYS) {
            problems.put("daysBeforeExpiry", "Days before points expire: a whole number from 1 to " + MAX_DAYS + ".");
        }
        if (daysBeforeTierEnd == null || daysBeforeTierEnd < 1 || daysBeforeTierEnd > MAX_DAYS) {
            problems.put("daysBeforeTierEnd", "Days before a tier's period ends: a whole number from 1 to " + MAX_DAYS
                    + ".");
        }
        if (offersPerMessage == null || offersPerMessage < 0 || offersPerMessage > MAX_OFFERS) {
            problems.put("offersPerMessage", "Products offered in a message: a whole number from 0 to " + MAX_OFFERS
                    + ".");
        }
        if (fromAddress == null || !ADDRESS.matcher(fromAddress.trim()).matches()) {
            problems.put("fromAddress", "Sender: an e-mail address such as club@example.com.");
        }
        if (shopUrl == null || !(shopUrl.trim().startsWith("http://") || shopUrl.trim().startsWith("https://"))
                || shopUrl.trim().contains(" ")) {
            problems.put("shopUrl", "Shop address: the storefront's address starting with http:// or https://.");
        }
        return problems;
    }
}
