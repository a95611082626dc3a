package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/**
 * "End the return window now" on an order's Cancel / return page in Broadleaf's admin, over HTTP: a friend who came
 * through a member's referral link registers as a member and orders; the admin ends the order's return window with a note (refused
 * without one), the friend's pending points are available at once, the same form again and another one change
 * nothing, and the referral job's next run rewards the advocate, without waiting for the pending days. A cancelled
 * order's window cannot be ended, and a customer service rep may not end one.
 */
class AdminReturnWindowIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void ending_a_friends_orders_return_window_makes_its_points_available_and_rewards_the_advocate_at_the_next_run() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        Storefront advocate = joined("Ada", "window.advocate." + System.nanoTime() + "@example.com");
        String link = advocate.get("/account/loyalty?blLocaleCode=en_US").find("value=\"(http[^\"]+/r/[2-9A-Z]{8})\"");
        assertThat(link).as("the advocate's referral link").isNotNull();

        Storefront friend = new Storefront(shop, new WebSession());
        String friendEmail = "window.friend." + System.nanoTime() + "@example.com";
        String path = link.substring(link.indexOf("/r/"));
        Page landing = friend.get(path + "?blLocaleCode=en_US");
        assertThat(landing.body()).contains("data-situation=\"INVITED\"");
        // The friend accepts the club terms on the link's page: a member with the friend's reward on registering.
        friend.post(path, "termsVersion", landing.find("name=\"termsVersion\" value=\"([^\"]*)\""),
                "acceptTerms", "true");
        friend.register("Finn", friendEmail);
        friend.addToCart(friend.firstProductPath(), 1);
        String number = friend.placeOrder(friend.fillCheckout(friendEmail)).find("data-order=\"([^\"]+)\"");
        assertThat(friend.membersAreaWithOrder(number).body()).contains("Order " + number);
        long orderId = Admin.orderId(shop, admin, friendEmail, number);
        String url = shop.adminUrl("/order/" + orderId + "/returns");
        long pending = friend.balance("pending");
        long available = friend.balance("available");
        assertThat(pending).as("the order's points, pending for the return window").isPositive();

        Page page = admin.get(url);
        assertThat(page.body()).contains("Return window").contains("Open until ")
                .contains("End the return window now");

        Page noNote = admin.post(url + "/end-window", AdminOrderReturnsIT.form(page, "loyalty-end-window",
                "note", "  "));
        assertThat(noNote.status()).isEqualTo(409);
        assertThat(noNote.body()).contains("Write why the return window ends now");
        assertThat(friend.balance("pending")).isEqualTo(pending);

        String[] form = AdminOrderReturnsIT.form(admin.get(url), "loyalty-end-window", "note",
                "Delivered in person, nothing to send back");
        Page ended = admin.post(url + "/end-window", form);
        assertThat(ended.url()).isEqualTo(url);
        assertThat(ended.body()).contains("The return window is ended")
                .contains(String.format("%,d pending points became available.", pending))
                .contains("Ended on ").contains("by admin: Delivered in person, nothing to send back")
                .doesNotContain("loyalty-end-window-submit");
        assertThat(friend.balance("pending")).isZero();
        assertThat(friend.balance("available")).isEqualTo(available + pending);

        Page twice = admin.post(url + "/end-window", form);
        assertThat(twice.body()).contains("This was already recorded (the form was sent twice)");
        Page another = admin.post(url + "/end-window", "formToken", "0e8f2a4c-1b2d-4c3e-9f00-123456789abd",
                "seenActions", "0", "note", "Again", "csrfToken", twice.csrfToken());
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.body()).contains("Nothing was changed: The return window of order " + number
                + " was already ended by admin on ");
        assertThat(friend.balance("available")).isEqualTo(available + pending);

        assertThat(advocate.get("/account/loyalty?blLocaleCode=en_US").body()).contains("data-state=\"ORDERED\"");
        Page jobs = admin.get(shop.adminUrl("/loyalty-jobs"));
        String row = jobs.find("(<tr class=\"loyalty-job\" data-job=\"referral-rewards\".*?</tr>)");
        String token = new Page(200, "", row).find("name=\"formToken\" value=\"([^\"]+)\"");
        Page ran = admin.post(shop.adminUrl("/loyalty-jobs/referral-rewards/run"), "formToken", token,
                "csrfToken", jobs.csrfToken());
        assertThat(ran.body()).contains("Ran referral-rewards: ");
        assertThat(advocate.get("/account/loyalty?blLocaleCode=en_US").body()).contains("data-state=\"REWARDED\"")
                .contains("Reward for referring Finn");
    }

    @Test
    void a_cancelled_orders_window_cannot_be_ended_and_a_customer_service_rep_may_not_end_one() {
        Member member = Member.ordering(shop, 1);
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        long orderId = Admin.orderId(shop, admin, member.email(), member.orderNumber());
        String url = shop.adminUrl("/order/" + orderId + "/returns");
        Page open = admin.get(url);
        String[] endForm = AdminOrderReturnsIT.form(open, "loyalty-end-window", "note", "Final sale");

        WebSession csr = Admin.signedIn(shop, "csr", "csr");
        Page csrPage = csr.get(url);
        assertThat(csrPage.body()).contains("Open until ").doesNotContain("loyalty-end-window-submit");
        Page refused = csr.post(url + "/end-window", "formToken", "0e8f2a4c-1b2d-4c3e-9f00-123456789abe",
                "seenActions", "0", "note", "Final sale", "csrfToken", csrPage.csrfToken());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You may not cancel or return orders, so nothing was changed.");

        admin.post(url + "/cancel", AdminOrderReturnsIT.form(admin.get(url), "loyalty-cancel"));
        Page cancelled = admin.get(url);
        assertThat(cancelled.body()).contains("CANCELLED").doesNotContain("loyalty-end-window-submit");
        Page late = admin.post(url + "/end-window", endForm);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Nothing was changed: order " + member.orderNumber()
                + " is cancelled already.");
        assertThat(admin.get(url).body()).doesNotContain("Ended on ");
    }

    private Storefront joined(String name, String email) {
        Storefront shopper = new Storefront(shop, new WebSession());
        shopper.register(name, email);
        join(shopper);
        return shopper;
    }

    private static void join(Storefront shopper) {
        String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        Page joined = shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");
        assertThat(joined.url()).endsWith("/account/loyalty");
    }
}
