package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Referral settings and refused referrals in Broadleaf's admin, over HTTP: a friend over Carol's monthly cap is refused
 * with the reason, the admin approves the referral once (a resent form changes nothing), a customer service rep sees
 * the referrals but may not decide, and settings out of range are refused.
 */
class AdminReferralsIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_friend_over_the_cap_is_refused_with_the_reason_and_the_admin_approves_the_referral_once() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        Storefront carol = new Storefront(shop, new WebSession());
        carol.get("/login");
        carol.post("/login_post.htm", "j_username", "carol@example.com", "j_password", "shopper");
        String link = carol.get("/account/loyalty?blLocaleCode=en_US").find("value=\"(http[^\"]+/r/[2-9A-Z]{8})\"");
        assertThat(link).as("Carol's referral link in the members' area").isNotNull();
        String path = link.substring(link.indexOf("/r/"));

        String settingsUrl = shop.adminUrl("/loyalty-referral-settings/"
                + admin.get(shop.adminUrl("/loyalty-referral-settings")).find("/loyalty-referral-settings/(\\d+)"));
        assertThat(admin.get(shop.adminUrl("/loyalty-referral-settings/add")).url())
                .as("Add opens the one settings row").isEqualTo(settingsUrl);
        String capBefore = saveCap(admin, settingsUrl, "1");
        try {
            Page refusedCap = postCap(admin, settingsUrl, "-1");
            assertThat(refusedCap.body()).contains("The monthly cap is a whole number from 0 (no cap)");

            String first = "ref.first." + System.nanoTime() + "@example.com";
            String second = "ref.second." + System.nanoTime() + "@example.com";
            registerThrough(path, "Finn", first);
            registerThrough(path, "Sami", second);

            Page refused = admin.get(shop.adminUrl("/loyalty-referrals?show=REFUSED"));
            assertThat(refused.status()).isEqualTo(200);
            String row = refused.find("(<tr class=\"loyalty-referral\"(?:(?!</tr>).)*" + Pattern.quote(second) + ".*?</tr>)");
            assertThat(row).as("the refused referral of " + second).isNotNull().contains("data-state=\"REFUSED\"")
                    .contains("data-reason=\"MONTHLY_CAP\"").contains("Over the advocate");
            String id = new Page(200, "", row).find("data-referral=\"(\\d+)\"");
            String token = new Page(200, "", row).find("name=\"formToken\" value=\"([^\"]+)\"");
            String version = new Page(200, "", row).find("name=\"version\" value=\"(\\d+)\"");
            String approve = shop.adminUrl("/loyalty-referrals/" + id + "/approve");

            Page noNote = admin.post(approve, "formToken", token, "version", version, "note", " ",
                    "csrfToken", refused.csrfToken());
            assertThat(noNote.status()).isEqualTo(400);
            assertThat(noNote.body()).contains("Write a note");

            WebSession csr = Admin.signedIn(shop, "csr", "csr");
            Page csrList = csr.get(shop.adminUrl("/loyalty-referrals?show=REFUSED"));
            assertThat(csrList.status()).isEqualTo(200);
            assertThat(csrList.body()).contains(second).doesNotContain("/approve\"");
            // The CSR's page has no forms to take a CSRF token from: a customer's page has.
            String csrCsrf = csr.get(shop.adminUrl("/customer/" + Admin.customerId(shop, csr, "carol@example.com")))
                    .csrfToken();
            Page csrApprove = csr.post(approve, "formToken", token, "version", version, "note", "ok",
                    "csrfToken", csrCsrf);
            assertThat(csrApprove.status()).isEqualTo(403);
            assertThat(csrApprove.body()).contains("You may not approve or reject referrals");

            Page approved = admin.post(approve, "formToken", token, "version", version, "note", "Carol's sister",
                    "csrfToken", refused.csrfToken());
            assertThat(approved.body()).contains("Referral " + id + " approved.");
            Page twice = admin.post(approve, "formToken", token, "version", version, "note", "Carol's sister",
                    "csrfToken", refused.csrfToken());
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.body()).contains("This form was already sent");

            String after = admin.get(shop.adminUrl("/loyalty-referrals?show=OPEN"))
                    .find("(<tr class=\"loyalty-referral\" data-referral=\"" + id + "\".*?</tr>)");
            assertThat(after).contains("data-state=\"REGISTERED\"").contains("admin").contains("Carol&#39;s sister");
            assertThat(carol.get("/account/loyalty?blLocaleCode=en_US").body()).contains("Sami").contains("Finn");
        } finally {
            saveCap(admin, settingsUrl, capBefore);
        }
    }

    /** A new shopper who follows the link (the browser keeps its cookie) and registers without joining. */
    private void registerThrough(String path, String name, String email) {
        Storefront friend = new Storefront(shop, new WebSession());
        Page landing = friend.get(path + "?blLocaleCode=en_US");
        assertThat(landing.body()).contains("data-situation=\"INVITED\"").contains("Carol invites you");
        Page registered = friend.register(name, email);
        assertThat(registered.status()).isEqualTo(200);
    }

    private String saveCap(WebSession admin, String url, String cap) {
        String before = AdminForm.fields(admin.get(url).body()).get(field("monthlyCap"));
        Page saved = postCap(admin, url, cap);
        assertThat(saved.body()).doesNotContain("is-invalid");
        return before;
    }

    private Page postCap(WebSession admin, String url, String cap) {
        Map<String, String> fields = AdminForm.fields(admin.get(url).body());
        fields.put(field("monthlyCap"), cap);
        return admin.post(url, AdminForm.asPairs(fields));
    }
}
