package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/**
 * A shopper in the club over HTTP: joins from the club page, buys, sees the order's points pending, pays part of the
 * next order with points and finds all of it in the history. Numbers are read from the pages, since other tests
 * may change the programme settings of the shared demo shop.
 */
class LoyaltyJourneyIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_shopper_joins_buys_sees_pending_points_pays_with_points_and_reads_the_history() {
        Storefront shopper = new Storefront(shop, new WebSession());
        String email = "member." + System.nanoTime() + "@example.com";

        Page guestView = shopper.get("/loyalty");
        assertThat(guestView.body()).contains("data-action=\"sign-in\"").contains("successUrl=%2Floyalty");
        shopper.register("Mila", email);

        Page club = shopper.get("/loyalty");
        assertThat(club.body()).contains("data-action=\"join\"");
        String terms = club.find("name=\"termsVersion\" value=\"([^\"]*)\"");
        Page notAccepted = shopper.post("/loyalty/join", "termsVersion", terms, "marketingConsent", "true");
        assertThat(notAccepted.body()).contains("data-error=\"join\"").contains("Please accept the club terms to join.");
        assertThat(shopper.get("/account/loyalty").url()).as("not a member yet").endsWith("/loyalty");

        Page joined = shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");
        assertThat(joined.url()).endsWith("/account/loyalty");
        assertThat(joined.body()).contains("data-notice=\"loyalty\"").contains("Welcome to the club!");
        long welcome = balance(joined, "available");
        assertThat(welcome).as("the welcome bonus is available at once").isGreaterThanOrEqualTo(100);
        assertThat(joined.body()).contains("data-reason=\"WELCOME\"");

        // A first order: its points are pending until the return window has passed.
        shopper.addToCart(shopper.firstProductPath(), 2);
        Page first = shopper.placeOrder(shopper.fillCheckout(email));
        assertThat(first.url()).contains("/confirmation/");
        String firstNumber = first.find("data-order=\"([^\"]+)\"");
        Page afterFirst = shopper.membersAreaWithOrder(firstNumber);
        long pending = balance(afterFirst, "pending");
        assertThat(pending).as("points of the first order").isPositive();
        assertThat(balance(afterFirst, "available")).isEqualTo(welcome);
        assertThat(afterFirst.body()).contains("Order " + firstNumber).contains("Available from");

        // A second order, part paid with the welcome points.
        shopper.addToCart(shopper.firstProductPath(), 1);
        Page checkout = shopper.fillCheckout(email);
        assertThat(checkout.body()).contains("data-section=\"loyalty-points\"").contains("Pay with points");
        String cartId = checkout.find("name=\"cartId\" value=\"(\\d+)\"");

        Page notANumber = shopper.post("/loyalty/checkout/points", "cartId", cartId, "points", "lots");
        assertThat(notANumber.body()).contains("data-error=\"points\"").contains("whole number");
        Page tooFew = shopper.post("/loyalty/checkout/points", "cartId", cartId, "points", "5");
        assertThat(tooFew.body()).contains("Use at least 100 points.");
        Page staleCart = shopper.post("/loyalty/checkout/points", "cartId", "999999999", "points", "100");
        assertThat(staleCart.body()).contains("Your cart changed in the meantime");
        assertThat(staleCart.body()).doesNotContain("data-applied=\"points\"");

        Page applied = shopper.post("/loyalty/checkout/points", "cartId", cartId, "points", "100");
        assertThat(applied.body()).contains("data-notice=\"points\"").contains("100 points take $1.00 off your order.")
                .contains("data-applied=\"points\"").contains("Paid with 100 points");
        Page removed = shopper.post("/loyalty/checkout/points/remove", "cartId", cartId);
        assertThat(removed.body()).contains("The points were taken off your order.").doesNotContain("data-applied=\"points\"");
        Page again = shopper.post("/loyalty/checkout/points", "cartId", cartId, "points", "100");
        Page doubleClick = shopper.post("/loyalty/checkout/points", "cartId", cartId, "points", "100");
        assertThat(doubleClick.body().split("data-applied=\"points\"", -1)).as("one points payment").hasSize(2);
        assertThat(again.body()).contains("data-total=\"to-pay\"");

        Page second = shopper.placeOrder(doubleClick);
        assertThat(second.url()).contains("/confirmation/");
        assertThat(second.body()).contains("Paid with points");
        String secondNumber = second.find("data-order=\"([^\"]+)\"");

        Page history = shopper.membersAreaWithOrder(secondNumber);
        assertThat(balance(history, "available")).as("100 welcome points spent").isEqualTo(welcome - 100);
        assertThat(balance(history, "pending")).isGreaterThan(pending);
        assertThat(history.body()).contains("Paid part of order " + secondNumber).contains("\u2212100")
                .contains("Order " + secondNumber).contains("Order " + firstNumber);
    }

    @Test
    void a_guest_asking_for_the_members_area_is_sent_to_sign_in() {
        Storefront guest = new Storefront(shop, new WebSession());

        assertThat(guest.get("/account/loyalty").url()).contains("/login");
        Page join = guest.post("/loyalty/join", "acceptTerms", "true", "termsVersion", "1");
        assertThat(join.url()).contains("/login");
    }

    private static long balance(Page page, String which) {
        String figure = page.find("data-balance=\"" + which + "\">\\s*<span class=\"lc-balance-label\">[^<]*</span>\\s*"
                + "<span class=\"lc-balance-figure\">([^<]+)</span>");
        assertThat(figure).as(which + " balance on the page").isNotNull();
        return Long.parseLong(figure.replace(",", ""));
    }
}
