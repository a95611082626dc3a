package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loyalty API of the running demo shop over HTTP (docs/api-contract.md), with the demo's API key: no session,
 * no CSRF token, no sign-in. A partner enrols a new shopper, earns (pending), redeems, reads the ledger, is refused
 * more points than there are; an admin creates a key in Loyalty &gt; API keys, the API takes it, the admin revokes
 * it, the API answers 401.
 */
class PartnerApiIT {

    /** The demo's key (DemoDataLoader.DEMO_API_KEY), stored hashed like any other. */
    static final String DEMO_KEY = "lck_demo-local-only-MapleClubPartnerKey2026";

    private final DemoShopProcess shop = DemoShopProcess.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_partner_enrols_earns_redeems_and_reads_the_ledger_with_the_demo_key() {
        String email = "partner-" + System.nanoTime() + "@example.com";
        Storefront storefront = new Storefront(shop, new WebSession());
        storefront.register("Pat", email);
        String terms = storefront.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]+)\"");
        assertThat(terms).as("the current terms version on the club page").isNotNull();

        Answer found = call("GET", "/members?email=" + email, DEMO_KEY, null, null);
        assertThat(found.status).as(found.body).isEqualTo(200);
        assertThat(found.bool("member")).isFalse();
        long customer = found.number("customerId");

        Answer enrolled = call("POST", "/members/" + customer + "/enrolment", DEMO_KEY, "join-" + customer,
                "{\"acceptTerms\": true, \"termsVersion\": \"" + terms + "\"}");
        assertThat(enrolled.status).as(enrolled.body).isEqualTo(201);
        assertThat(enrolled.bool("member")).isTrue();
        assertThat(enrolled.number("available")).as("the welcome bonus").isEqualTo(100);
        assertThat(enrolled.setCookie).as("no session").isNull();

        String earnBody = "{\"points\": 40, \"reason\": \"Coffee tasting\", \"reference\": \"TASTING-" + customer + "\"}";
        Answer earned = call("POST", "/members/" + customer + "/earn", DEMO_KEY, "earn-" + customer, earnBody);
        Answer again = call("POST", "/members/" + customer + "/earn", DEMO_KEY, "earn-" + customer, earnBody);
        assertThat(earned.status).as(earned.body).isEqualTo(201);
        assertThat(earned.text("type")).isEqualTo("EARN");
        assertThat(earned.text("availableAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:\\d{2})");
        assertThat(again.status).isEqualTo(200);
        assertThat(again.body).isEqualTo(earned.body);
        assertError(call("POST", "/members/" + customer + "/earn", DEMO_KEY, "earn-" + customer,
                earnBody.replace("40", "41")), 409, "idempotency_conflict");

        Answer redeemed = call("POST", "/members/" + customer + "/redeem", DEMO_KEY, "redeem-" + customer,
                "{\"points\": 100, \"reason\": \"Free coffee\"}");
        assertThat(redeemed.status).as(redeemed.body).isEqualTo(201);
        assertThat(redeemed.number("points")).isEqualTo(-100);
        assertError(call("POST", "/members/" + customer + "/redeem", DEMO_KEY, "redeem-more-" + customer,
                "{\"points\": 100, \"reason\": \"Another coffee\"}"), 409, "insufficient_points");

        Answer summary = call("GET", "/members/" + customer, DEMO_KEY, null, null);
        assertThat(summary.number("available")).isZero();
        assertThat(summary.number("pending")).isEqualTo(40);
        Answer ledger = call("GET", "/members/" + customer + "/ledger?limit=10", DEMO_KEY, null, null);
        assertThat(ledger.status).isEqualTo(200);
        assertThat(ledger.body).containsSubsequence("\"points\":-100", "\"points\":40", "\"reason\":\"WELCOME\"");

        assertError(call("POST", "/members/" + customer + "/earn", DEMO_KEY, null, earnBody), 400, "invalid_request");
        assertError(call("POST", "/members/" + customer + "/earn", DEMO_KEY, "bad-json-" + customer, "{\"points\": "),
                400, "invalid_request");
        assertError(call("GET", "/members/999999999", DEMO_KEY, null, null), 404, "not_found");
        assertError(call("GET", "/members/" + customer, null, null, null), 401, "unauthorized");
    }

    @Test
    void a_key_an_admin_creates_works_until_the_admin_revokes_it() {
        WebSession admin = new WebSession();
        admin.get(shop.adminUrl("/login"));
        assertThat(admin.post(shop.adminUrl("/login_admin_post"), "j_username", "admin", "j_password", "admin").url())
                .doesNotContain("login");
        Page screen = admin.get(shop.adminUrl("/loyalty-api-keys"));
        assertThat(screen.status()).isEqualTo(200);
        assertThat(screen.body()).contains("API keys").contains("Demo partner (local use only)")
                .doesNotContain(DEMO_KEY);
        String token = screen.find("name=\"formToken\" value=\"([^\"]+)\"");
        String csrf = screen.csrfToken();
        String name = "Till " + System.nanoTime();

        Page created = admin.post(shop.adminUrl("/loyalty-api-keys"), "name", name, "expiresOn", "", "formToken", token,
                "csrfToken", csrf);
        String secret = created.find("id=\"loyalty-created-secret\">(lck_[A-Za-z0-9_-]+)<");
        assertThat(secret).as("the new key, shown once").isNotNull();
        Page twice = admin.post(shop.adminUrl("/loyalty-api-keys"), "name", name, "expiresOn", "", "formToken", token,
                "csrfToken", csrf);
        assertThat(twice.body()).contains("no second key was made").doesNotContain(secret);
        Page list = admin.get(shop.adminUrl("/loyalty-api-keys"));
        assertThat(list.body()).doesNotContain(secret).contains(secret.substring(0, 12));
        assertThat(list.body().split(Pattern.quote(name), -1)).as("one key of that name").hasSize(2);

        assertThat(call("GET", "/members?email=alice@example.com", secret, null, null).status).isEqualTo(200);

        String keyId = list.find("<tr[^>]*data-key-id=\"(\\d+)\"[^>]*>\\s*<td class=\"name\">" + Pattern.quote(name) + "<");
        assertThat(keyId).as("the new key's row").isNotNull();
        Page revoked = admin.post(shop.adminUrl("/loyalty-api-keys/" + keyId + "/revoke"), "csrfToken", list.csrfToken());
        assertThat(revoked.body()).contains("is revoked");

        assertError(call("GET", "/members?email=alice@example.com", secret, null, null), 401, "unauthorized");
        assertThat(call("GET", "/members?email=alice@example.com", DEMO_KEY, null, null).status)
                .as("other keys still work").isEqualTo(200);
    }

    private Answer call(String method, String path, String key, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shop.siteUrl("/api/loyalty/v1" + path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Set-Cookie").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(Answer answer, int status, String code) {
        assertThat(answer.status).as(answer.body).isEqualTo(status);
        assertThat(answer.text("error")).isEqualTo(code);
        assertThat(answer.text("message")).isNotEmpty();
    }

    /** An API answer; fields read from the flat JSON the API writes (Jackson is not on this module's classpath). */
    private record Answer(int status, String body, String setCookie) {

        String text(String field) {
            Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        long number(String field) {
            Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(body);
            assertThat(m.find()).as(field + " in " + body).isTrue();
            return Long.parseLong(m.group(1));
        }

        boolean bool(String field) {
            Matcher m = Pattern.compile("\"" + field + "\":(true|false)").matcher(body);
            assertThat(m.find()).as(field + " in " + body).isTrue();
            return Boolean.parseBoolean(m.group(1));
        }
    }
}
