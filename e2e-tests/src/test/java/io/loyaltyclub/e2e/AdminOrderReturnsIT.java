package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

/**
 * Cancelling and returning a placed order in Broadleaf's admin (loyalty spec, section 3, returns and cancellations),
 * over HTTP: a member orders three units in the storefront; the admin opens the order's "Cancel / return" page,
 * returns one unit (a double submit records once, too many units and a page read before someone else's return are
 * refused), and the shopper's points history shows the reversal; then the admin cancels the rest. A customer
 * service rep may see the page but not post. Numbers are read from the pages: other tests change the shared
 * demo's programme settings.
 */
class AdminOrderReturnsIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void an_admin_returns_a_unit_then_cancels_the_rest_and_the_shopper_sees_the_points_taken_back() {
        Member member = Member.ordering(shop, 3);
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        long orderId = Admin.orderId(shop, admin, member.email(), member.orderNumber());

        Page orderScreen = admin.get(shop.adminUrl("/order/" + orderId));
        assertThat(orderScreen.find("(<button[^>]*loyalty-order-returns[^>]*>)")).as("the Cancel / return button")
                .contains("loyalty-page-link").contains("data-action=\"/" + orderId + "/returns\"");
        String bundle = orderScreen.find("src=\"/admin(/js/admin-?\\d+\\.js)\"");
        assertThat(admin.get(shop.adminUrl(bundle)).body()).contains("button.loyalty-page-link");

        String url = shop.adminUrl("/order/" + orderId + "/returns");
        Page page = admin.get(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Order " + member.orderNumber()).contains("None yet.")
                .contains("Return lines").contains("Cancel the order");
        String item = page.find("<tr class=\"loyalty-line\" data-item=\"(\\d+)\"");
        assertThat(cell(page, item, "ordered")).isEqualTo("3");
        long pendingBefore = member.pending();
        assertThat(pendingBefore).isPositive();

        // Two admins have the page open; the first returns one unit, and sends the same form again.
        Page otherAdminsPage = admin.get(url);
        String[] returnOne = returnForm(page, "qty-" + item, "1", "note", "Parcel came back");
        Page returned = admin.post(url + "/return", returnOne);
        assertThat(returned.url()).isEqualTo(url);
        assertThat(returned.body()).contains("The return is recorded.").contains("earned points were taken back.");
        assertThat(cell(returned, item, "returned")).isEqualTo("1");
        assertThat(cell(returned, item, "left")).isEqualTo("2");
        Page twice = admin.post(url + "/return", returnOne);
        assertThat(twice.body()).contains("This was already recorded (the form was sent twice)");
        assertThat(actions(twice)).isEqualTo(1);

        Page stale = admin.post(url + "/return", returnForm(otherAdminsPage, "qty-" + item, "1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone recorded a cancellation or return of this order after you opened "
                + "this page, so nothing was changed.");

        Page tooMany = admin.post(url + "/return", returnForm(admin.get(url), "qty-" + item, "5"));
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.body()).contains("Nothing was changed: please correct the form below.")
                .contains("Only 2 of ").contains(" can still be returned (3 ordered, 1 returned before).");
        Page nothing = admin.post(url + "/return", returnForm(admin.get(url), "qty-" + item, "0"));
        assertThat(nothing.body()).contains("Enter how many units of at least one line came back.");
        Page negative = admin.post(url + "/return", returnForm(admin.get(url), "qty-" + item, "-1"));
        assertThat(negative.body()).contains("returned cannot be negative.");
        assertThat(actions(admin.get(url))).isEqualTo(1);

        long pendingAfterReturn = member.pending();
        assertThat(pendingAfterReturn).as("a third of the order's points taken back").isLessThan(pendingBefore)
                .isGreaterThan(0);
        assertThat(member.history()).contains("data-reason=\"ORDER_RETURNED\"");

        Page cancelled = admin.post(url + "/cancel", cancelForm(admin.get(url)));
        assertThat(cancelled.body()).contains("The order is cancelled.").contains("CANCELLED");
        assertThat(cell(cancelled, item, "left")).isEqualTo("0");
        assertThat(actions(cancelled)).isEqualTo(2);
        assertThat(cancelled.body()).doesNotContain("loyalty-cancel-submit");
        assertThat(member.pending()).as("no points left of the order").isZero();
        assertThat(member.history()).contains("data-reason=\"ORDER_CANCELLED\"");

        Page again = admin.post(url + "/cancel", cancelForm(page));
        assertThat(again.body()).contains("Nothing was changed: order " + member.orderNumber()
                + " is cancelled already.");
        assertThat(actions(admin.get(url))).isEqualTo(2);
    }

    @Test
    void a_customer_service_rep_sees_the_returns_but_may_not_post_one() {
        Member member = Member.ordering(shop, 1);
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        long orderId = Admin.orderId(shop, admin, member.email(), member.orderNumber());
        WebSession csr = Admin.signedIn(shop, "csr", "csr");
        String url = shop.adminUrl("/order/" + orderId + "/returns");

        Page page = csr.get(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("but not record them").doesNotContain("name=\"formToken\"");
        Page refused = csr.post(url + "/cancel", "formToken", "0e8f2a4c-1b2d-4c3e-9f00-123456789abc",
                "seenActions", "0", "csrfToken", page.csrfToken());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You may not cancel or return orders, so nothing was changed.");
        assertThat(admin.get(url).body()).contains("None yet.").contains("SUBMITTED");
    }

    /** The return form of {@code page} with its token, page state and CSRF token, and the fields given. */
    private static String[] returnForm(Page page, String... fields) {
        return form(page, "loyalty-return", fields);
    }

    private static String[] cancelForm(Page page) {
        return form(page, "loyalty-cancel");
    }

    /** The form of {@code page} with this class: its token, page state and CSRF token, and the fields given. */
    static String[] form(Page page, String formClass, String... fields) {
        String form = page.find("(<form[^>]*class=\"" + formClass + "\".*?</form>)");
        assertThat(form).as(formClass + " form on " + page.url()).isNotNull();
        Page only = new Page(page.status(), page.url(), form);
        String[] all = new String[fields.length + 6];
        all[0] = "formToken";
        all[1] = only.find("name=\"formToken\" value=\"([^\"]+)\"");
        all[2] = "seenActions";
        all[3] = only.find("name=\"seenActions\" value=\"([^\"]+)\"");
        all[4] = "csrfToken";
        all[5] = only.csrfToken();
        System.arraycopy(fields, 0, all, 6, fields.length);
        return all;
    }

    private static String cell(Page page, String item, String column) {
        return page.find("data-item=\"" + item + "\">.*?<td class=\"number " + column + "\">([^<]*)<");
    }

    private static int actions(Page page) {
        return page.body().split(Pattern.quote("<tr class=\"loyalty-action\""), -1).length - 1;
    }
}
