package io.loyaltyclub.review.service;

import java.util.Collections;
import java.util.Map;

/** What became of a review a shopper sent: saved (waiting for the shop), or refused with the reasons. */
public final class ReviewSubmission {

    /** Refusals of the whole review, as message key suffixes (loyalty.review.refused.*). */
    public static final String NOT_A_MEMBER = "notAMember";
    public static final String ALREADY_REVIEWED = "alreadyReviewed";
    public static final String NO_SUCH_PRODUCT = "noSuchProduct";

    private final boolean saved;
    private final String refusal;
    private final Map<String, String> problems;

    private ReviewSubmission(boolean saved, String refusal, Map<String, String> problems) {
        this.saved = saved;
        this.refusal = refusal;
        this.problems = problems;
    }

    static ReviewSubmission saved() {
        return new ReviewSubmission(true, null, Collections.<String, String>emptyMap());
    }

    static ReviewSubmission refused(String refusal) {
        return new ReviewSubmission(false, refusal, Collections.<String, String>emptyMap());
    }

    static ReviewSubmission invalid(Map<String, String> problems) {
        return new ReviewSubmission(false, null, Collections.unmodifiableMap(problems));
    }

    public boolean isSaved() {
        return saved;
    }

    /** Why the review as a whole was refused, or null. */
    public String getRefusal() {
        return refusal;
    }

    /** Field ("rating", "text") to problem ("rating", "textShort", "textLong"). */
    public Map<String, String> getProblems() {
        return problems;
    }
}
