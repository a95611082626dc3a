package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;

/** What a shopper does in the demo storefront over HTTP, step by step, for tests that need it done. */
final class Storefront {

    static final String APPROVED_CARD = "4242 4242 4242 4242";

    private final DemoShopProcess shop;
    private final WebSession session;

    Storefront(DemoShopProcess shop, WebSession session) {
        this.shop = shop;
        this.session = session;
    }

    WebSession session() {
        return session;
    }

    Page get(String path) {
        return session.get(shop.siteUrl(path));
    }

    Page post(String path, String... fields) {
        return session.post(shop.siteUrl(path), fields);
    }

    /** Registers a new shopper and lands on the account page. */
    Page register(String firstName, String email) {
        get("/register");
        return post("/register", "customer.firstName", firstName, "customer.lastName", "Tester",
                "customer.emailAddress", email, "password", "secret12", "passwordConfirm", "secret12");
    }

    /** The link of the first product on the home page. */
    String firstProductPath() {
        String path = get("/").find("<h3 class=\"product-name\"><a href=\"([^\"]+)\"");
        assertThat(path).as("a product link on the home page").isNotNull();
        return path;
    }

    /** Adds {@code quantity} of the product at {@code productPath} to the cart; returns the cart page. */
    Page addToCart(String productPath, int quantity) {
        Page product = get(productPath);
        return post("/cart/add", "productId", product.find("name=\"productId\" value=\"(\\d+)\""),
                "skuId", product.find("name=\"skuId\" value=\"(\\d+)\""), "quantity", String.valueOf(quantity));
    }

    /** Saves the contact address and ships to a test address with the first option; returns the checkout page. */
    Page fillCheckout(String email) {
        Page checkout = get("/checkout");
        assertThat(checkout.body()).contains("data-page=\"checkout\"");
        post("/checkout/details", "emailAddress", email);
        String option = get("/checkout").find("name=\"fulfillmentOptionId\" id=\"option-\\d+\" value=\"(\\d+)\"");
        assertThat(option).as("a shipping option").isNotNull();
        return post("/checkout/shipping", "address.firstName", "Eva", "address.lastName", "Tester",
                "address.addressLine1", "1 Market Street", "address.city", "Springfield", "address.postalCode", "12345",
                "address.country", "US", "fulfillmentOptionId", option);
    }

    /** Places the order shown on {@code checkout} with the approved test card; returns the confirmation page. */
    Page placeOrder(Page checkout) {
        return post("/checkout/pay", "orderId", checkout.find("name=\"orderId\" value=\"(\\d+)\""),
                "expectedTotal", checkout.find("name=\"expectedTotal\" value=\"([^\"]+)\""),
                "cardHolder", "Eva Tester", "cardNumber", APPROVED_CARD, "cardExpiry", "12/39");
    }

    /**
     * The members' area once the order's points are there: the club credits them on a worker thread right after
     * the checkout, so the page is asked again for a few seconds at most.
     */
    Page membersAreaWithOrder(String orderNumber) {
        long giveUpAt = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Page page = get("/account/loyalty");
            if (page.body().contains("Order " + orderNumber) || System.nanoTime() > giveUpAt) {
                return page;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return page;
            }
        }
    }

    /** A figure of the members' area: "available", "pending" or "debt". */
    long balance(String which) {
        String figure = get("/account/loyalty").find("data-balance=\"" + which
                + "\">\\s*<span class=\"lc-balance-label\">[^<]*</span>\\s*<span class=\"lc-balance-figure\">([^<]+)</span>");
        assertThat(figure).as(which + " balance").isNotNull();
        return Long.parseLong(figure.replace(",", ""));
    }
}
