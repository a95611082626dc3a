package io.loyaltyclub.api.web;

import io.loyaltyclub.api.domain.PartnerPoints;
import io.loyaltyclub.api.domain.PartnerText;
import io.loyaltyclub.api.service.ApiRefusal;
import org.codehaus.jackson.JsonNode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/** The body of an earn or redeem request: {@code {"points": N, "reason": "...", "reference": "..."}}. */
final class PointsRequest {

    static final int MAX_REASON = 1000;
    static final int MAX_REFERENCE = 255;
    private static final Set<String> FIELDS = new HashSet<String>(Arrays.asList("points", "reason", "reference"));

    private final long points;
    private final String reason;
    private final String reference;

    private PointsRequest(long points, String reason, String reference) {
        this.points = points;
        this.reason = reason;
        this.reference = reference;
    }

    /**
     * Reads and checks the body: points a positive whole JSON number, a reason (printable text, 1 to 1000
     * characters), an optional reference (printable text up to 255 characters), nothing else.
     *
     * @throws ApiRefusal 400 for anything else; 422 limit_exceeded for more points than a long holds
     */
    static PointsRequest of(JsonNode body) {
        onlyKnownFields(body, FIELDS);
        JsonNode points = body.get("points");
        if (points == null || points.isNull()) {
            throw ApiRefusal.invalid("\"points\" is required.");
        }
        if (!points.isIntegralNumber()) {
            throw ApiRefusal.invalid("\"points\" must be a whole number, like 120.");
        }
        if (points.getBigIntegerValue().signum() <= 0) {
            throw ApiRefusal.invalid("\"points\" must be more than zero.");
        }
        if (points.getBigIntegerValue().bitLength() > 63) {
            throw new ApiRefusal(422, "limit_exceeded", "One request earns or redeems at most "
                    + PartnerPoints.MAX_PER_REQUEST + " points.");
        }
        String reason = text(body, "reason", MAX_REASON, true);
        String reference = text(body, "reference", MAX_REFERENCE, false);
        return new PointsRequest(points.getLongValue(), reason, reference);
    }

    static void onlyKnownFields(JsonNode body, Set<String> known) {
        for (Iterator<String> names = body.getFieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiRefusal.invalid("Unknown field \"" + name + "\"; the fields are " + known + ".");
            }
        }
    }

    static String text(JsonNode body, String field, int maxLength, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiRefusal.invalid("\"" + field + "\" is required.");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw ApiRefusal.invalid("\"" + field + "\" must be text.");
        }
        return text(field, node.getTextValue(), maxLength, required);
    }

    /**
     * Text a partner sent, without the spaces around it: printable characters on one line ({@link PartnerText}), at
     * most {@code maxLength}; null when empty and not required.
     */
    static String text(String field, String text, int maxLength, boolean required) {
        if (text != null && !PartnerText.isPrintable(text)) {
            throw ApiRefusal.invalid("\"" + field + "\" must be printable text on one line: no NUL, tab, line break"
                    + " or other control character.");
        }
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            if (required) {
                throw ApiRefusal.invalid("\"" + field + "\" must not be empty.");
            }
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiRefusal.invalid("\"" + field + "\" is longer than " + maxLength + " characters.");
        }
        return value;
    }

    long getPoints() {
        return points;
    }

    String getReason() {
        return reason;
    }

    String getReference() {
        return reference;
    }
}
