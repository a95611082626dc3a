package io.loyaltyclub.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.api.domain.PartnerPoints;
import io.loyaltyclub.api.domain.RequestFingerprint;
import io.loyaltyclub.api.persistence.ApiRequestImpl;
import io.loyaltyclub.api.service.ApiRefusal;
import io.loyaltyclub.api.service.MemberStatement;
import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntryImpl;
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
    void a_reason_or_reference_with_nul_or_any_other_control_character_is_400_wherever_it_stands() {
        String[] texts = {"a\\u0000b", "\\u0000", "tasting\\u0000", "\\u0000tasting", "a\\tb", "line\\nbreak", "a\\u007fb",
                "a\\u0085b", "a\\ud83cb", "a" + repeat('x', 10) + "\\u0001"};
        for (final String text : texts) {
            refused(400, "invalid_request", () -> points("{\"points\": 5, \"reason\": \"" + text + "\"}"));
            refused(400, "invalid_request", () -> points("{\"points\": 5, \"reason\": \"x\", \"reference\": \"" + text + "\"}"));
            refused(400, "invalid_request", () -> EnrolmentRequest.of(ApiJson.readObject(json(
                    "{\"acceptTerms\": true, \"termsVersion\": \"" + text + "\"}"))));
        }
        refused(400, "invalid_request", () -> points("{\"points\": 5, \"reason\": \"a" + repeat("\\u0001", 998) + "b\"}"));
        assertThat(points("{\"points\": 5, \"reason\": \"Caf\\u00e9 \u2615 \\ud83c\\udf70 \\\"best\\\"\"}").getReason())
                .isEqualTo("Café ☕ \ud83c\udf70 \"best\"");
    }

    @Test
    void the_largest_answer_the_api_can_give_fits_the_column_that_keeps_it() {
        // Every character of the longest reason and reference is one JSON escapes to two (\"), the numbers are the
        // longest there are: what an earn or a redeem answers, and a replay must answer again.
        LedgerEntryImpl entry = new LedgerEntryImpl(1L, Long.MAX_VALUE, EntryType.REDEEM, -PartnerPoints.MAX_PER_REQUEST,
                EntryReason.PARTNER, repeat('k', 200), new Date()) {
            {
                id = Long.MAX_VALUE;
            }
        }.describedBy(repeat('"', PointsRequest.MAX_REFERENCE), null, repeat('\\', PointsRequest.MAX_REASON), null)
                .forLot(Long.MAX_VALUE, new Date(), new Date());
        String answer = ApiJson.write(ApiJson.entry(entry, ZoneId.of("America/St_Johns")));
        assertThat(answer).contains(repeat("\\\\", PointsRequest.MAX_REASON));
        assertThat(answer.length()).isLessThanOrEqualTo(ApiRequestImpl.MAX_RESPONSE_BODY);
        // Only because control characters are refused: JSON writes each as a six-character escape.
        assertThat(ApiJson.write(repeat('\u0001', PointsRequest.MAX_REASON)).length())
                .isGreaterThan(ApiRequestImpl.MAX_RESPONSE_BODY);
        String summary = ApiJson.write(ApiJson.summary(new MemberStatement(Long.MAX_VALUE,
                repeat('"', PartnerApiController.MAX_EMAIL), true, new Balance(Long.MAX_VALUE, Long.MAX_VALUE,
                Long.MAX_VALUE, Long.MAX_VALUE, Instant.now()), repeat('"', 40)), ZoneId.of("UTC")));
        assertThat(summary.length()).as("an enrolment's answer").isLessThanOrEqualTo(ApiRequestImpl.MAX_RESPONSE_BODY);
    }

    @Test
    void json_nested_deeper_than_a_flat_object_is_400_without_building_the_tree() {
        String deep = repeat("[", 5000) + repeat("]", 5000);
        assertThat(deep.length()).isLessThan(JsonBody.MAX_BYTES);
        for (final String body : new String[]{"{\"points\": 5, \"reason\": \"x\", \"extra\": " + deep + "}",
                repeat("{\"a\":", 3000) + "1" + repeat("}", 3000), deep, "{\"points\": [[1]], \"reason\": \"x\"}"}) {
            refused(400, "invalid_request", () -> ApiJson.readObject(json(body)));
        }
        refused(400, "invalid_request", () -> points("{\"points\": [1], \"reason\": \"x\"}"));
        refused(400, "invalid_request", () -> points("{\"points\": 5, \"reason\": {\"text\": \"x\"}}"));
    }

    @Test
    void a_field_given_twice_is_400_rather_than_the_last_one_winning() {
        refused(400, "invalid_request", () -> points("{\"points\": 5, \"reason\": \"x\", \"points\": 900000}"));
        refused(400, "invalid_request", () -> EnrolmentRequest.of(ApiJson.readObject(json(
                "{\"acceptTerms\": false, \"termsVersion\": \"2\", \"acceptTerms\": true}"))));
        assertThat(points("{\"points\": 5, \"reason\": \"x\", \"reference\": \"points\"}").getPoints()).isEqualTo(5);
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
        assertThat(ApiJson.canonical(ApiJson.readObject(json("{\"b\": {\"d\": \"\\u00e9\", \"c\": 2}, \"e\": [2, 1], \"a\": \"q\\\"\"}"))))
                .isEqualTo("{\"a\":\"q\\\"\",\"b\":{\"c\":2,\"d\":\"é\"},\"e\":[2,1]}");
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
    void path_numbers_are_whole_positive_and_plain_digits() {
        assertThat(PartnerApiController.id("42")).isEqualTo(42);
        assertThat(PartnerApiController.id("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        for (final String bad : new String[]{"0", "-1", "abc", "1.5", "", "99999999999999999999", "9223372036854775808",
                " 1", "1 ", "+1", "01", "1e3", "0x1F", "\u0661", "1\u0000", "\t1"}) {
            refused(400, "invalid_request", () -> PartnerApiController.id(bad));
        }
        assertThat(PartnerApiController.number(null, "limit", 20, 100)).isEqualTo(20);
        assertThat(PartnerApiController.number("100", "limit", 20, 100)).isEqualTo(100);
        for (final String bad : new String[]{"101", " 5", "+5", "05", ""}) {
            refused(400, "invalid_request", () -> PartnerApiController.number(bad, "limit", 20, 100));
        }
    }

    private static String fingerprint(String method, String path, String body) {
        return RequestFingerprint.of(method, path, ApiJson.canonical(ApiJson.readObject(json(body))));
    }

    private static String repeat(char c, int n) {
        return new String(new char[n]).replace('\0', c);
    }

    private static String repeat(String text, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(text);
        }
        return out.toString();
    }
}
