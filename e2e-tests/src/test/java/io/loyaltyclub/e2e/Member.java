package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;

/** A new shopper who joined the club in the demo storefront and placed an order, for the admin tests. */
final class Member {

    private final Storefront storefront;
    private final String email;
    private final String orderNumber;

    private Member(Storefront storefront, String email, String orderNumber) {
        this.storefront = storefront;
        this.email = email;
        this.orderNumber = orderNumber;
    }

    /** Registers, joins the club and orders {@code units} of the first product on the home page. */
    static Member ordering(DemoShopProcess shop, int units) {
        return ordering(shop, units, null);
    }

    /** As {@link #ordering(DemoShopProcess, int)}, of the product at {@code productPath} (null: the first one). */
    static Member ordering(DemoShopProcess shop, int units, String productPath) {
        Storefront shopper = new Storefront(shop, new WebSession());
        String email = "returns." + System.nanoTime() + "@example.com";
        shopper.register("Rita", email);
        String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        Page joined = shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");
        assertThat(joined.url()).endsWith("/account/loyalty");
        Member member = new Member(shopper, email, null);
        return member.order(units, productPath);
    }

    /** The same shopper after another order. */
    Member order(int units, String productPath) {
        storefront.addToCart(productPath == null ? storefront.firstProductPath() : productPath, units);
        Page confirmation = storefront.placeOrder(storefront.fillCheckout(email));
        assertThat(confirmation.url()).contains("/confirmation/");
        String number = confirmation.find("data-order=\"([^\"]+)\"");
        // The points are credited just after the checkout: the members' area shows them before a test goes on.
        assertThat(storefront.membersAreaWithOrder(number).body()).contains("Order " + number);
        return new Member(storefront, email, number);
    }

    String email() {
        return email;
    }

    String orderNumber() {
        return orderNumber;
    }

    Storefront storefront() {
        return storefront;
    }

    /** The members' area page. */
    String history() {
        return storefront.get("/account/loyalty").body();
    }

    long pending() {
        return storefront.balance("pending");
    }
}
