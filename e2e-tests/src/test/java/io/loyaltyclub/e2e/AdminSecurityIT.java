package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The admin's web security over HTTP, against the demo process: form binding that cannot reach the class loader (in
 * Broadleaf's controllers and the club's), a form without its token answered with the admin's own 403 page, a new
 * session id at sign-in, the demo's notice about its users, and the headers and cookie attributes.
 */
class AdminSecurityIT {

    private static final String PROBE = "class.module.classLoader.defaultAssertionStatus";
    private static final String UNKNOWN = "noSuchField.inThisForm";

    private final DemoShopProcess shop = DemoShopProcess.get();

    private String admin(String path) {
        return shop.adminUrl(path);
    }

    private RawHttp signedIn() {
        RawHttp browser = new RawHttp();
        String token = browser.get(admin("/login")).csrfToken();
        Answer home = browser.post(admin("/login_admin_post"), "csrfToken", token, "j_username", "admin",
                "j_password", "admin");
        assertThat(home.location()).endsWith("/admin/loginSuccess");
        return browser;
    }

    private static String withoutTokens(String body) {
        return body.replaceAll("name=\"csrfToken\" value=\"[^\"]*\"", "");
    }

    @Test
    void a_field_reaching_the_class_loader_answers_exactly_like_an_unknown_field() {
        // Broadleaf's own reset-password form, open to anyone.
        String[] reset = {"username", "admin", "token", "not-a-token", "password", "x1", "confirmPassword", "x1"};
        Answer unknown = new RawHttp().post(admin("/resetPassword"), concat(reset, UNKNOWN, "nonsense"));
        Answer probe = new RawHttp().post(admin("/resetPassword"), concat(reset, PROBE, "nonsense"));
        assertThat(probe.status()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(withoutTokens(probe.body())).isEqualTo(withoutTokens(unknown.body()));

        // The club's API keys form.
        RawHttp browser = signedIn();
        int[] statuses = new int[2];
        String[] fields = {UNKNOWN, PROBE};
        for (int i = 0; i < fields.length; i++) {
            Answer page = browser.get(admin("/loyalty-api-keys"));
            Answer created = browser.post(admin("/loyalty-api-keys"), "csrfToken", page.csrfToken(),
                    "formToken", page.find("name=\"formToken\" value=\"([^\"]+)\""),
                    "name", "Binding probe " + System.nanoTime(), fields[i], "nonsense");
            statuses[i] = created.status();
        }
        assertThat(statuses[1]).as("with " + PROBE).isEqualTo(statuses[0]).isEqualTo(200);
    }

    private static String[] concat(String[] fields, String name, String value) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = name;
        all[fields.length + 1] = value;
        return all;
    }

    @Test
    void a_form_without_its_token_is_refused_with_the_admins_own_page_and_changes_nothing() {
        RawHttp browser = signedIn();
        String name = "Forged key " + System.nanoTime();
        Answer refused = browser.postWith(admin("/loyalty-api-keys"),
                new String[] {"Referer", admin("/loyalty-api-keys")}, "name", name);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("data-form-refused").contains("nothing was changed")
                .contains("href=\"/admin/loyalty-api-keys\"").contains("/adminLogout.htm");
        assertThat(browser.get(admin("/loyalty-api-keys")).body()).doesNotContain(name);

        // From another site: no way back there.
        Answer foreign = browser.postWith(admin("/loyalty-api-keys"),
                new String[] {"Referer", "http://evil.example/admin/loyalty-api-keys"}, "name", name);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("evil.example");

        // Without a signed-in admin it is Broadleaf's "session timed out" on the sign-in page.
        Answer timedOut = new RawHttp().post(admin("/loyalty-api-keys"), "name", name);
        assertThat(timedOut.status()).isEqualTo(302);
        assertThat(timedOut.location()).contains("sessionTimeout=true");
    }

    @Test
    void the_sign_in_page_says_the_demo_users_are_for_local_use_and_signing_in_gives_a_new_session_id() {
        RawHttp browser = new RawHttp();
        Answer login = browser.get(admin("/login"));
        assertThat(login.find("(<div[^>]*data-demo-defaults[^>]*>.*?</div>)"))
                .contains("admin</strong> / <strong>admin").contains("csr</strong> / <strong>csr")
                .contains("API key").contains("this computer only");
        String before = browser.cookie("JSESSIONID");
        browser.post(admin("/login_admin_post"), "csrfToken", login.csrfToken(), "j_username", "admin",
                "j_password", "admin");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void the_demo_says_at_start_that_its_users_and_api_key_are_for_local_use() throws IOException {
        // The shop writes its console to e2e-demo-shop-<name>.log in the output folder; the shared one was written last.
        Path latest = null;
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(
                Paths.get(System.getProperty("e2e.output.dir", "target")), "e2e-demo-shop-*.log")) {
            for (Path log : logs) {
                if (latest == null || Files.getLastModifiedTime(log).compareTo(Files.getLastModifiedTime(latest)) > 0) {
                    latest = log;
                }
            }
        }
        assertThat(latest).as("the demo's console").isNotNull();
        assertThat(new String(Files.readAllBytes(latest), StandardCharsets.UTF_8))
                .contains("demo shop is running")
                .contains("For local use only: admin / admin, csr / csr and the demo API key");
    }

    @Test
    void every_answer_forbids_framing_by_other_sites_and_content_sniffing_and_the_session_cookie_is_same_site_lax() {
        RawHttp browser = new RawHttp();
        Answer login = browser.get(admin("/login"));
        Answer css = browser.get(admin("/css/admin/blc-admin.css"));
        Answer section = signedIn().get(admin("/loyalty-jobs"));
        for (Answer answer : new Answer[] {login, css, section}) {
            assertThat(answer.header("X-Frame-Options")).as(answer.toString()).isEqualTo("SAMEORIGIN");
            assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
        }
        assertThat(login.setCookies()).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax"));
    }
}
