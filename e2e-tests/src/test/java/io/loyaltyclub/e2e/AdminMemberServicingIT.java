package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An admin serving a member in Broadleaf's admin console (loyalty spec, section 10), over HTTP: the customer's
 * screen leads to the loyalty panel (membership, points, ledger), and "Adjust points" posts a correction with a
 * note and the admin's user name; a double submit posts once, bad input changes nothing, a correction beyond the
 * available points leaves a debt. The demo data makes Alice a member and leaves Bob out; the tests share the demo
 * shop with other tests, so they compare Alice's points before and after instead of assuming them.
 */
class AdminMemberServicingIT {

    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob@example.com";

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void the_customer_screen_of_a_member_leads_to_her_membership_points_and_history() {
        WebSession admin = signedIn("admin", "admin");
        long alice = customerId(admin, ALICE);

        Page customer = admin.get(shop.adminUrl("/customer/" + alice));
        assertThat(customer.find("(<button[^>]*loyalty-customer-panel[^>]*>)"))
                .as("the Loyalty button in the customer's action bar")
                .contains("data-action=\"/" + alice + "/loyalty\"");
        String bundle = customer.find("src=\"/admin(/js/admin-?\\d+\\.js)\"");
        assertThat(admin.get(shop.adminUrl(bundle)).body()).as("the admin's script bundle")
                .contains("button.loyalty-page-link");

        Page panel = admin.get(shop.adminUrl("/customer/" + alice + "/loyalty"));
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).contains("Alice Walker").contains("Membership").contains("Active")
                .contains("Accepted terms version").contains("Consented")
                .contains("Expiring in the next 30 days").contains("Ledger history")
                .contains("Welcome bonus").contains("Goodwill: her parcel arrived a week late.")
                .contains("TASTING-0412");
        assertThat(panel.find("loyalty-joined\">([^<]+)<")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(panel.body()).contains("Customer Care").contains("href=\"/admin/customer/" + alice + "\"");
    }

    @Test
    void a_customer_who_never_joined_is_plainly_not_a_member() {
        WebSession admin = signedIn("admin", "admin");

        Page panel = admin.get(shop.adminUrl("/customer/" + customerId(admin, BOB) + "/loyalty"));

        assertThat(panel.body()).contains("Bob Levi is not a member of the loyalty club.")
                .doesNotContain("name=\"formToken\"").doesNotContain("Ledger history");
    }

    @Test
    void adjusting_adds_the_points_and_the_entry_shows_the_admin_and_the_note() {
        WebSession admin = signedIn("admin", "admin");
        String url = shop.adminUrl("/customer/" + customerId(admin, ALICE) + "/loyalty");
        Points before = Points.of(admin.get(url));
        String note = "Goodwill for a broken mug " + System.nanoTime();

        Page after = adjust(admin, url, "75", note);

        assertThat(after.url()).isEqualTo(url);
        assertThat(after.body()).contains("Added 75 points.");
        Points now = Points.of(after);
        assertThat(now.net()).isEqualTo(before.net() + 75);
        assertThat(now.entries).isEqualTo(before.entries + 1);
        String newest = after.find("(<tr class=\"loyalty-entry\".*?</tr>)");
        assertThat(newest).contains("Adjustment").contains("Admin correction").contains("+75")
                .contains(">admin<").contains(note);
    }

    @Test
    void the_same_form_sent_twice_posts_once() {
        WebSession admin = signedIn("admin", "admin");
        String url = shop.adminUrl("/customer/" + customerId(admin, ALICE) + "/loyalty");
        Page form = admin.get(url);
        Points before = Points.of(form);
        String token = form.find("name=\"formToken\" value=\"([^\"]+)\"");
        String csrf = form.csrfToken();
        String note = "Sent twice " + System.nanoTime();

        Page first = admin.post(url + "/adjust", "points", "30", "note", note, "formToken", token, "csrfToken", csrf);
        Page second = admin.post(url + "/adjust", "points", "30", "note", note, "formToken", token, "csrfToken", csrf);

        assertThat(first.body()).contains("Added 30 points.");
        assertThat(second.body()).contains("This adjustment was already recorded (the form was sent twice); "
                + "it was not posted again.");
        Points now = Points.of(second);
        assertThat(now.net()).isEqualTo(before.net() + 30);
        assertThat(now.entries).isEqualTo(before.entries + 1);
        assertThat(second.body().split(Pattern.quote(note), -1)).hasSize(2);
    }

    @Test
    void an_empty_note_is_refused_with_a_message_and_nothing_changes() {
        WebSession admin = signedIn("admin", "admin");
        String url = shop.adminUrl("/customer/" + customerId(admin, ALICE) + "/loyalty");
        Points before = Points.of(admin.get(url));

        Page refused = adjust(admin, url, "30", "   ");

        assertThat(refused.body()).contains("Nothing was changed: please correct the form below.")
                .contains("Write a note saying why the points change; the member&#39;s ledger keeps it.");
        assertThat(refused.find("name=\"points\"[^>]*value=\"([^\"]*)\"")).as("the points entered stay")
                .isEqualTo("30");
        Points now = Points.of(admin.get(url));
        assertThat(now.net()).isEqualTo(before.net());
        assertThat(now.entries).isEqualTo(before.entries);
    }

    @Test
    void zero_text_and_too_many_points_are_refused_with_a_message_each_and_nothing_changes() {
        WebSession admin = signedIn("admin", "admin");
        String url = shop.adminUrl("/customer/" + customerId(admin, ALICE) + "/loyalty");
        Points before = Points.of(admin.get(url));

        assertThat(adjust(admin, url, "0", "Zero").body()).contains("Zero changes nothing");
        assertThat(adjust(admin, url, "twenty", "Words").body())
                .contains("Enter a whole number of points, like 50 or -20.");
        assertThat(adjust(admin, url, "12.5", "Half").body())
                .contains("Enter a whole number of points, like 50 or -20.");
        assertThat(adjust(admin, url, "5000000", "Too many").body())
                .contains("At most 1,000,000 points can be added or taken away at once.");
        assertThat(adjust(admin, url, "", "Nothing").body())
                .contains("Enter the points to add (like 50) or to take away (like -20).");

        Points now = Points.of(admin.get(url));
        assertThat(now.net()).isEqualTo(before.net());
        assertThat(now.entries).isEqualTo(before.entries);
    }

    @Test
    void taking_away_more_than_is_available_leaves_a_debt_that_the_panel_shows() {
        WebSession admin = signedIn("admin", "admin");
        String url = shop.adminUrl("/customer/" + customerId(admin, ALICE) + "/loyalty");
        Points before = Points.of(admin.get(url));
        long taken = before.available + 60;

        Page after = adjust(admin, url, "-" + taken, "Points of a fraudulent return " + System.nanoTime());

        Points now = Points.of(after);
        assertThat(now.available).isZero();
        assertThat(now.debt).isEqualTo(before.debt + 60);
        assertThat(after.body()).contains(String.format(Locale.ENGLISH, "Took away %,d points.", taken))
                .contains(String.format(Locale.ENGLISH, "The member now owes %,d points (debt)", now.debt))
                .contains("loyalty-debt owed");
        assertThat(after.find("(<tr class=\"loyalty-entry\".*?</tr>)"))
                .contains(String.format(Locale.ENGLISH, "-%,d", taken));

        // Put Alice back where she was, for the other tests and for people looking at the demo.
        Page restored = adjust(admin, url, String.valueOf(taken), "Fraud review: the return was genuine");
        assertThat(Points.of(restored).net()).isEqualTo(before.net());
    }

    @Test
    void a_customer_service_rep_sees_the_points_but_may_not_adjust_them() {
        WebSession csr = signedIn("csr", "csr");
        long alice = customerId(csr, ALICE);
        Page customer = csr.get(shop.adminUrl("/customer/" + alice));
        assertThat(customer.body()).contains("loyalty-customer-panel");
        String url = shop.adminUrl("/customer/" + alice + "/loyalty");
        Page panel = csr.get(url);
        Points before = Points.of(panel);
        assertThat(panel.body()).contains("You can see this member&#39;s points but not adjust them")
                .doesNotContain("name=\"formToken\"");

        Page refused = csr.post(url + "/adjust", "points", "500", "note", "Just because",
                "formToken", "0e8f2a4c-1b2d-4c3e-9f00-123456789abc", "csrfToken", customer.csrfToken());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You may not adjust loyalty points, so nothing was changed.");
        Points now = Points.of(csr.get(url));
        assertThat(now.net()).isEqualTo(before.net());
        assertThat(now.entries).isEqualTo(before.entries);
    }

    /** Fills in and sends the "Adjust points" form of the panel at {@code url}, as it is shown now. */
    private static Page adjust(WebSession admin, String url, String points, String note) {
        Page form = admin.get(url);
        String token = form.find("name=\"formToken\" value=\"([^\"]+)\"");
        assertThat(token).as("the Adjust points form").isNotNull();
        return admin.post(url + "/adjust", "points", points, "note", note, "formToken", token);
    }

    private WebSession signedIn(String user, String password) {
        WebSession admin = new WebSession();
        admin.get(shop.adminUrl("/login"));
        Page home = admin.post(shop.adminUrl("/login_admin_post"), "j_username", user, "j_password", password);
        assertThat(home.url()).doesNotContain("login");
        return admin;
    }

    /** The customer's id, from the admin's list of customers. */
    private long customerId(WebSession admin, String email) {
        Page list = admin.get(shop.adminUrl("/customer"));
        String id = list.find("href=\"[^\"]*/customer/(\\d+)\">" + Pattern.quote(email) + "<");
        assertThat(id).as(email + " in the list of customers").isNotNull();
        return Long.parseLong(id);
    }

    /** The figures of the panel: points available, pending and owed, and how many ledger entries there are. */
    private record Points(long available, long pending, long debt, long entries) {

        static Points of(Page panel) {
            return new Points(number(panel, "loyalty-available\">([\\d,]+)<"),
                    number(panel, "loyalty-pending\">([\\d,]+)<"),
                    number(panel, "loyalty-debt[^\"]*\">([\\d,]+)<"),
                    number(panel, "Entries \\d+ to \\d+ of ([\\d,]+)"));
        }

        /** What the sum of all the member's entries comes to. */
        long net() {
            return available + pending - debt;
        }

        private static long number(Page panel, String regex) {
            Matcher m = Pattern.compile(regex).matcher(panel.body());
            assertThat(m.find()).as(regex + " on " + panel.url()).isTrue();
            return Long.parseLong(m.group(1).replace(",", ""));
        }
    }
}
