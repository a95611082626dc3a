package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
    private static final String API = "/api/loyalty/v1";

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
    void a_key_an_admin_creates_works_until_the_admin_revokes_it() throws InterruptedException {
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

        // The admin is a JVM of its own: the storefront has the new key within loyalty.api.keysRefreshSeconds (2 s).
        assertThat(statusWithin(secret, 200)).isEqualTo(200);

        String keyId = list.find("<tr[^>]*data-key-id=\"(\\d+)\"[^>]*>\\s*<td class=\"name\">" + Pattern.quote(name) + "<");
        assertThat(keyId).as("the new key's row").isNotNull();
        Page revoked = admin.post(shop.adminUrl("/loyalty-api-keys/" + keyId + "/revoke"), "csrfToken", list.csrfToken());
        assertThat(revoked.body()).contains("is revoked");

        assertThat(statusWithin(secret, 401)).as("refused within loyalty.api.keysRefreshSeconds").isEqualTo(401);
        assertError(call("GET", "/members?email=alice@example.com", secret, null, null), 401, "unauthorized");
        assertThat(call("GET", "/members?email=alice@example.com", DEMO_KEY, null, null).status)
                .as("other keys still work").isEqualTo(200);
    }

    @Test
    void three_chunked_bodies_of_400_mb_at_once_are_refused_with_413_after_16_kb_and_the_shop_keeps_answering()
            throws Exception {
        Answer before = call("GET", "/members?email=alice@example.com", DEMO_KEY, null, null);
        long customer = before.number("customerId");
        ExecutorService uploads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Upload>> running = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String key = "chunked-" + i + "-" + System.nanoTime();
                running.add(uploads.submit(() -> upload(customer, key, null, 400L * 1024 * 1024)));
            }
            for (Future<Upload> each : running) {
                Upload upload = each.get(120, TimeUnit.SECONDS);
                System.out.printf("chunked 400 MB upload: answered after %d ms, %d KB sent%n", upload.millisToAnswer,
                        upload.sent / 1024);
                assertThat(upload.response).as("sent " + upload.sent + " bytes").startsWith("HTTP/1.1 413");
                assertThat(upload.body()).contains("\"error\":\"payload_too_large\"");
                assertThat(upload.millisToAnswer).as("answered without reading the body").isLessThan(15_000);
                assertThat(upload.sent).as("the rest of the 400 MB was never taken").isLessThan(64L * 1024 * 1024);
            }
        } finally {
            uploads.shutdownNow();
        }
        Answer after = call("GET", "/members/" + customer, DEMO_KEY, null, null);
        assertThat(after.status).as("the shop keeps answering").isEqualTo(200);
        assertThat(after.number("pending")).as("nothing was posted").isEqualTo(before.number("pending"));
    }

    @Test
    void a_content_length_over_16_kb_is_413_before_the_body_is_sent() throws Exception {
        long customer = call("GET", "/members?email=alice@example.com", DEMO_KEY, null, null).number("customerId");
        Upload upload = upload(customer, "declared-" + System.nanoTime(), 400L * 1024 * 1024, 1024);
        assertThat(upload.response).startsWith("HTTP/1.1 413");
        assertThat(upload.body()).contains("\"error\":\"payload_too_large\"");
    }

    @Test
    void a_body_not_sent_as_json_is_415_and_changes_nothing() {
        long customer = call("GET", "/members?email=alice@example.com", DEMO_KEY, null, null).number("customerId");
        long pending = call("GET", "/members/" + customer, DEMO_KEY, null, null).number("pending");
        String body = "{\"points\": 7, \"reason\": \"Typed\"}";
        for (String type : new String[]{"text/plain", "application/xml", null}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/members/" + customer + "/earn")))
                    .timeout(Duration.ofSeconds(30)).header("X-Api-Key", DEMO_KEY)
                    .header("Idempotency-Key", "typed-" + type + "-" + System.nanoTime())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            assertError(send(request), 415, "unsupported_media_type");
        }
        assertThat(call("GET", "/members/" + customer, DEMO_KEY, null, null).number("pending")).isEqualTo(pending);
        Answer charset = send(HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/members/" + customer + "/earn")))
                .timeout(Duration.ofSeconds(30)).header("X-Api-Key", DEMO_KEY).header("Idempotency-Key", "utf8-" + System.nanoTime())
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(charset.status).as(charset.body).isEqualTo(201);
    }

    @Test
    void what_tomcat_and_the_dispatcher_refuse_under_the_api_is_the_json_error_too() throws Exception {
        String big = "a".repeat(9000);
        Answer headers = send(HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/members/1"))).timeout(Duration.ofSeconds(30))
                .header("X-Api-Key", DEMO_KEY).header("X-Padding", big).GET());
        assertError(headers, 400, "invalid_request");
        assertError(send(HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/members/%2F1"))).GET()), 400, "invalid_request");
        assertError(send(HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/members/1")))
                .method("TRACE", HttpRequest.BodyPublishers.noBody())), 405, "method_not_allowed");
        assertError(send(HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/members/1"))).header("X-Api-Key", DEMO_KEY)
                .method("BREW", HttpRequest.BodyPublishers.noBody())), 501, "not_implemented");
        assertError(send(HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/no-such-thing"))).header("X-Api-Key", DEMO_KEY)
                .GET()), 404, "not_found");
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(URI.create(shop.siteUrl(API + "/members/1/earn")))
                .header("X-Api-Key", DEMO_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertError(new Answer(wrongMethod.statusCode(), wrongMethod.body(), null), 405, "method_not_allowed");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertError(call("POST", "/members/%201/earn", DEMO_KEY, "space-" + System.nanoTime(),
                "{\"points\": 5, \"reason\": \"x\"}"), 400, "invalid_request");
        assertError(call("POST", "/members/1/earn", DEMO_KEY, "deep-" + System.nanoTime(),
                "[".repeat(5000) + "]".repeat(5000)), 400, "invalid_request");

        HttpResponse<String> shopPage = http.send(HttpRequest.newBuilder(URI.create(shop.siteUrl("/")))
                .header("X-Padding", big).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shopPage.statusCode()).isEqualTo(400);
        assertThat(shopPage.headers().firstValue("Content-Type").orElse("")).as("the shop keeps Tomcat's page")
                .startsWith("text/html");
    }

    /** What one raw upload got: the answer's first bytes, when they came, and how much of the body was sent. */
    private record Upload(String response, long millisToAnswer, long sent) {

        String body() {
            int start = response.indexOf("\r\n\r\n");
            return start < 0 ? "" : response.substring(start + 4);
        }
    }

    /**
     * A POST whose body is generated while it is sent, never held: {@code size} bytes, chunked when
     * {@code declaredLength} is null, else with that Content-Length. Sending stops as soon as the answer begins or
     * the server closes the connection.
     */
    private Upload upload(long customer, String idempotencyKey, Long declaredLength, long size) throws IOException {
        URI site = URI.create(shop.siteUrl("/"));
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + API + "/members/" + customer + "/earn HTTP/1.1\r\nHost: " + site.getHost() + "\r\n"
                    + "X-Api-Key: " + DEMO_KEY + "\r\nIdempotency-Key: " + idempotencyKey + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + (declaredLength == null ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declaredLength + "\r\n")
                    + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicBoolean answered = new AtomicBoolean();
            AtomicLong sent = new AtomicLong();
            long start = System.nanoTime();
            Thread sender = new Thread(() -> {
                byte[] data = new byte[64 * 1024];
                Arrays.fill(data, (byte) ' ');
                byte[] prefix = "{\"points\": 5, \"reason\": \"".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(prefix, 0, data, 0, prefix.length);
                byte[] chunkHead = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < size && !answered.get()) {
                        if (declaredLength == null) {
                            out.write(chunkHead);
                        }
                        out.write(data);
                        if (declaredLength == null) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(data.length);
                    }
                } catch (IOException closed) {
                    // The server closed the connection: it will not take the rest.
                }
            }, "upload-" + idempotencyKey);
            sender.setDaemon(true);
            sender.start();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            StringBuilder response = new StringBuilder();
            long millis = -1;
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (millis < 0) {
                    millis = (System.nanoTime() - start) / 1_000_000;
                    answered.set(true);
                }
                response.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                int end = response.indexOf("\r\n\r\n");
                Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(response);
                if (end > 0 && length.find() && response.length() >= end + 4 + Integer.parseInt(length.group(1))) {
                    break;
                }
            }
            answered.set(true);
            return new Upload(response.toString(), millis, sent.get());
        }
    }

    /** Sends the request; every answer of the API, an error or not, is JSON. */
    /** The status of a read with this key, asked again for up to 10 s (five refreshes of the demo) until it is {@code expected}. */
    private int statusWithin(String key, int expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        while ((status = call("GET", "/members?email=alice@example.com", key, null, null).status) != expected
                && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        return status;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body()).startsWith("application/json");
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Set-Cookie").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        return send(request);
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
