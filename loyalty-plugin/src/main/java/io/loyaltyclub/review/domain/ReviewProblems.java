package io.loyaltyclub.review.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a review a shopper wrote, by field ("rating", "text"), as message key suffixes. */
public final class ReviewProblems {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MIN_TEXT = 3;
    public static final int MAX_TEXT = 2000;

    private ReviewProblems() {
    }

    /** The rating as a whole number 1 to 5, or null when it is not one. */
    public static Integer rating(String value) {
        if (value == null) {
            return null;
        }
        try {
            int rating = Integer.parseInt(value.trim());
            return rating >= MIN_RATING && rating <= MAX_RATING ? rating : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The text as it is kept: trimmed, line ends as "\n". */
    public static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').trim();
    }

    /** Field to problem: rating "rating", text "textShort" or "textLong"; empty when the review can be saved. */
    public static Map<String, String> of(String rating, String text) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (rating(rating) == null) {
            problems.put("rating", "rating");
        }
        int length = text(text).codePointCount(0, text(text).length());
        if (length < MIN_TEXT) {
            problems.put("text", "textShort");
        } else if (length > MAX_TEXT) {
            problems.put("text", "textLong");
        }
        return problems;
    }
}
