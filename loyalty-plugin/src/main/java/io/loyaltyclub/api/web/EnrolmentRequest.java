package io.loyaltyclub.api.web;

import io.loyaltyclub.api.service.ApiRefusal;
import org.codehaus.jackson.JsonNode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The body of an enrolment: {@code {"acceptTerms": true, "termsVersion": "..."}}. */
final class EnrolmentRequest {

    private static final Set<String> FIELDS = new HashSet<String>(Arrays.asList("acceptTerms", "termsVersion"));

    private final boolean acceptTerms;
    private final String termsVersion;

    private EnrolmentRequest(boolean acceptTerms, String termsVersion) {
        this.acceptTerms = acceptTerms;
        this.termsVersion = termsVersion;
    }

    /** @throws ApiRefusal 400 unless acceptTerms is a JSON boolean and termsVersion text of 1 to 40 characters */
    static EnrolmentRequest of(JsonNode body) {
        PointsRequest.onlyKnownFields(body, FIELDS);
        JsonNode accept = body.get("acceptTerms");
        if (accept == null || !accept.isBoolean()) {
            throw ApiRefusal.invalid("\"acceptTerms\" is required and must be true or false.");
        }
        String version = PointsRequest.text(body, "termsVersion", 40, true);
        return new EnrolmentRequest(accept.getBooleanValue(), version);
    }

    boolean isAcceptTerms() {
        return acceptTerms;
    }

    String getTermsVersion() {
        return termsVersion;
    }
}
