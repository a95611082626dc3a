package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What the admin tests of the Loyalty module do in the demo's admin over HTTP. */
final class Admin {

    private Admin() {
    }

    static WebSession signedIn(DemoShopProcess shop, String user, String password) {
        WebSession admin = new WebSession();
        admin.get(shop.adminUrl("/login"));
        Page home = admin.post(shop.adminUrl("/login_admin_post"), "j_username", user, "j_password", password);
        assertThat(home.url()).doesNotContain("login");
        return admin;
    }

    /**
     * The club page once the storefront shows {@code text}: programme settings saved in the admin (a JVM of its own)
     * reach the storefront within {@code loyalty.programme.refreshSeconds} (2 s in the demo); waits up to 15 s.
     */
    static Page clubPageShowing(DemoShopProcess shop, String text) {
        Page[] last = new Page[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> (last[0] = new WebSession().get(shop.siteUrl("/loyalty"))).body().contains(text));
        return last[0];
    }

    /** The customer's id, from the admin's list of customers filtered by e-mail. */
    static long customerId(DemoShopProcess shop, WebSession admin, String email) {
        Page list = admin.get(shop.adminUrl("/customer?emailAddress="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)));
        String id = list.find("href=\"[^\"]*/customer/(\\d+)\">" + Pattern.quote(email) + "<");
        assertThat(id).as(email + " in the list of customers").isNotNull();
        return Long.parseLong(id);
    }

    /** The order's id, from the link of its earning in the member's loyalty panel. */
    static long orderId(DemoShopProcess shop, WebSession admin, String email, String orderNumber) {
        Page panel = admin.get(shop.adminUrl("/customer/" + customerId(shop, admin, email) + "/loyalty"));
        String id = panel.find("href=\"/admin/order/(\\d+)\">[^<]*" + Pattern.quote(orderNumber) + "<");
        assertThat(id).as("order " + orderNumber + " in the member's ledger").isNotNull();
        return Long.parseLong(id);
    }

    /** The id of a category, the first in the admin's list of categories. */
    static String categoryId(DemoShopProcess shop, WebSession admin) {
        String id = admin.get(shop.adminUrl("/category")).find("href=\"[^\"]*/category/(\\d+)\"");
        assertThat(id).as("a category in the admin").isNotNull();
        return id;
    }

    /**
     * The id of the row of an entity section's list whose line shows {@code text} (as the page writes it, HTML
     * escapes included), from its link or its row id.
     */
    static String rowId(Page list, String section, String text) {
        String quoted = java.util.regex.Pattern.quote(text);
        String id = list.find(section + "/(\\d+)\"(?:(?!</tr>).)*" + quoted);
        if (id == null) {
            id = list.find("data-rowid=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*" + quoted);
        }
        assertThat(id).as("the row of " + text + " in " + section).isNotNull();
        return id;
    }
}
