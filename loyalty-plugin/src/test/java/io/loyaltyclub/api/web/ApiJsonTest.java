package io.loyaltyclub.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.api.domain.RequestFingerprint;
import io.loyaltyclub.api.service.ApiRefusal;
import io.loyaltyclub.api.service.MemberStatement;
import io.loyaltyclub.ledger.domain.Balance;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

class ApiJsonTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PointsRequest points(String body) {
        return PointsRequest.of(ApiJson.readObject(json(body)));
    }

    private static void refused(int status, String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiRefusal.class, r -> {
            assertThat(r.getStatus()).isEqualTo(status);
            assertThat(r.getCode()).isEqualTo(code);
        });
    }

    @Test
    void a_points_request_reads_whole_positive_points_a_reason_and_an_optional_reference() {
        PointsRequest request = points("{\"points\": 120, \"reason\": \" Tasting \", \"reference\": \"R-1\"}");
        assertThat(request.getPoints()).isEqualTo(120);
        assertThat(request.getReason()).isEqualTo("Tasting");
        assertThat(request.getReference()).isEqualTo("R-1");
        assertThat(points("{\"points\": 5, \"reason\": \"x\"}").getReference()).isNull();
    }

    @Test
    void malformed_json_wrong_types_and_points_that_are_not_whole_or_not_positive_are_400() {
        String[] bodies = {
                "", "{", "[]", "42", "{\"points\": 1, \"reason\": \"x\"} {}", "{\"points\": 1, \"reason\": \"x\",}",
                "{\"points\": 10.5, \"reason\": \"x\"}", "{\"points\": 10.0, \"reason\": \"x\"}",
                "{\"points\": \"10\", \"reason\": \"x\"}", "{\"points\": 0, \"reason\": \"x\"}",
                "{\"points\": -3, \"reason\": \"x\"}", "{\"points\": 1e2, \"reason\": \"x\"}",
                "{\"points\": true, \"reason\": \"x\"}", "{\"reason\": \"x\"}", "{\"points\": 5}",
                "{\"points\": 5, \"reason\": \"  \"}", "{\"points\": 5, \"reason\": 7}",
                "{\"points\": 5, \"reason\": \"x\", \"reference\": 12}", "{\"points\": 5, \"reason\": \"x\", \"pionts\": 1}",
                "{\"points\": 5, \"reason\": \"" + repeat('r', 1001) + "\"}",
                "{\"points\": 5, \"reason\": \"x\", \"reference\": \"" + repeat('r', 256) + "\"}"
        };
        for (final String body : bodies) {
            refused(400, "invalid_request", () -> points(body));
        }
    }

    @Test
    void points_beyond_any_number_are_over_the_limit() {
        refused(422, "limit_exceeded", () -> points("{\"points\": 123456789012345678901234567890, \"reason\": \"x\"}"));
    }

    @Test
    void an_enrolment_needs_a_boolean_acceptance_and_a_terms_version() {
        EnrolmentRequest ok = EnrolmentRequest.of(ApiJson.readObject(json("{\"acceptTerms\": true, \"termsVersion\": \"2\"}")));
        assertThat(ok.isAcceptTerms()).isTrue();
        assertThat(ok.getTermsVersion()).isEqualTo("2");
        assertThat(EnrolmentRequest.of(ApiJson.readObject(json("{\"acceptTerms\": false, \"termsVersion\": \"2\"}")))
                .isAcceptTerms()).isFalse();
        refused(400, "invalid_request", () -> EnrolmentRequest.of(ApiJson.readObject(json("{\"acceptTerms\": \"yes\", \"termsVersion\": \"2\"}"))));
        refused(400, "invalid_request", () -> EnrolmentRequest.of(ApiJson.readObject(json("{\"acceptTerms\": true}"))));
    }

    @Test
    void the_fingerprint_ignores_member_order_and_white_space_but_not_content_method_or_path() {
        String a = fingerprint("POST", "/members/1/earn", "{\"points\": 5, \"reason\": \"x\", \"reference\": null}");
        String b = fingerprint("POST", "/members/1/earn", "{ \"reference\":null,\"reason\":\"x\",\n\"points\":5 }");
        assertThat(a).isEqualTo(b).hasSize(64);
        assertThat(fingerprint("POST", "/members/1/earn", "{\"points\": 6, \"reason\": \"x\", \"reference\": null}")).isNotEqualTo(a);
        assertThat(fingerprint("POST", "/members/2/earn", "{\"points\": 5, \"reason\": \"x\", \"reference\": null}")).isNotEqualTo(a);
        assertThat(fingerprint("POST", "/members/1/redeem", "{\"points\": 5, \"reason\": \"x\", \"reference\": null}")).isNotEqualTo(a);
        assertThat(ApiJson.canonical(ApiJson.readObject(json("{\"b\": [1, {\"d\": \"\\u00e9\", \"c\": 2}], \"a\": \"q\\\"\"}"))))
                .isEqualTo("{\"a\":\"q\\\"\",\"b\":[1,{\"c\":2,\"d\":\"é\"}]}");
    }

    @Test
    void summaries_give_zeros_and_nulls_to_non_members_and_the_last_day_of_expiring_points_in_the_store_zone() {
        ZoneId riga = ZoneId.of("Europe/Riga");
        assertThat(ApiJson.write(ApiJson.summary(new MemberStatement(7, "bob@example.com", false, null), riga)))
                .isEqualTo("{\"customerId\":7,\"email\":\"bob@example.com\",\"member\":false,\"tier\":null,"
                        + "\"available\":0,\"pending\":0,\"debt\":0,\"expiring\":null}");
        // Expiring at midnight Riga time on 1 June: the last day they can be used is 31 May.
        Balance balance = new Balance(300, 40, 0, 120, Instant.parse("2026-05-31T21:00:00Z"));
        assertThat(ApiJson.write(ApiJson.summary(new MemberStatement(3, "a@example.com", true, balance), riga)))
                .isEqualTo("{\"customerId\":3,\"email\":\"a@example.com\",\"member\":true,\"tier\":null,"
                        + "\"available\":300,\"pending\":40,\"debt\":0,\"expiring\":{\"points\":120,\"on\":\"2026-05-31\"}}");
    }

    @Test
    void times_are_iso_8601_with_the_store_offset() {
        assertThat(ApiJson.time(Date.from(Instant.parse("2026-07-01T09:30:00Z")), ZoneId.of("Europe/Riga")))
                .isEqualTo("2026-07-01T12:30:00+03:00");
        assertThat(ApiJson.time(Date.from(Instant.parse("2026-07-01T09:30:00Z")), ZoneId.of("UTC")))
                .isEqualTo("2026-07-01T09:30:00Z");
        assertThat(ApiJson.time((Date) null, ZoneId.of("UTC"))).isNull();
    }

    @Test
    void path_numbers_are_whole_and_positive() {
        assertThat(PartnerApiController.id("42")).isEqualTo(42);
        for (final String bad : new String[]{"0", "-1", "abc", "1.5", "", "99999999999999999999"}) {
            refused(400, "invalid_request", () -> PartnerApiController.id(bad));
        }
        assertThat(PartnerApiController.number(null, "limit", 20, 100)).isEqualTo(20);
        refused(400, "invalid_request", () -> PartnerApiController.number("101", "limit", 20, 100));
    }

    private static String fingerprint(String method, String path, String body) {
        return RequestFingerprint.of(method, path, ApiJson.canonical(ApiJson.readObject(json(body))));
    }

    private static String repeat(char c, int n) {
        return new String(new char[n]).replace('\0', c);
    }
}
