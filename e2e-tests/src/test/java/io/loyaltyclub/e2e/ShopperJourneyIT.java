package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/**
 * A shopper over HTTP: registers, fills a cart, uses a coupon code, checks out with the demo's test card and
 * finds the order in the account.
 */
class ShopperJourneyIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_new_shopper_registers_buys_and_finds_the_order_in_the_account() {
        WebSession shopper = new WebSession();
        String email = "eva." + System.nanoTime() + "@example.com";

        Page account = register(shopper, "Eva", email);
        assertThat(account.url()).endsWith("/account");
        assertThat(account.body()).contains("Hello, Eva").contains("You have not placed an order yet.");

        Page product = shopper.get(shop.siteUrl(firstProductPath(shopper)));
        Page cart = shopper.post(shop.siteUrl("/cart/add"),
                "productId", product.find("name=\"productId\" value=\"(\\d+)\""),
                "skuId", product.find("name=\"skuId\" value=\"(\\d+)\""),
                "quantity", "2");
        assertThat(cart.url()).endsWith("/cart");
        assertThat(cart.body()).contains("Added to your cart.").contains("class=\"cart-line\"");
        assertThat(cart.find("data-cart-count=\"\">(\\d+)<")).isEqualTo("2");

        Page wrongCode = shopper.post(shop.siteUrl("/cart/promo"), "promoCode", "NOT-A-CODE");
        assertThat(wrongCode.body()).contains("We do not know this code");

        Page withCode = shopper.post(shop.siteUrl("/cart/promo"), "promoCode", "WELCOME10");
        assertThat(withCode.body()).contains("Code applied.").contains("data-code=\"WELCOME10\"").contains("data-total=\"discount\"");
        Page twice = shopper.post(shop.siteUrl("/cart/promo"), "promoCode", "welcome10 ");
        assertThat(twice.body()).contains("already applied");

        Page checkout = fillCheckout(shopper, email);
        assertThat(stepClass(checkout, "contact")).contains("done");
        assertThat(stepClass(checkout, "shipping")).contains("done");
        String orderId = checkout.find("name=\"orderId\" value=\"(\\d+)\"");
        String checkoutFormToken = checkout.csrfToken();

        Page declined = shopper.post(shop.siteUrl("/checkout/pay"), "orderId", orderId,
                "cardHolder", "Eva Tester", "cardNumber", "4000 0000 0000 0002", "cardExpiry", "12/39");
        assertThat(declined.url()).contains("/checkout");
        assertThat(declined.body()).contains("The card was declined");

        Page badCard = shopper.post(shop.siteUrl("/checkout/pay"), "orderId", orderId,
                "cardHolder", "Eva Tester", "cardNumber", "1234 5678", "cardExpiry", "13/20");
        assertThat(badCard.body()).contains("Enter a valid card number").contains("Enter the expiry date as MM/YY");

        Page confirmation = shopper.post(shop.siteUrl("/checkout/pay"), "orderId", orderId,
                "cardHolder", "Eva Tester", "cardNumber", "4242 4242 4242 4242", "cardExpiry", "12/39");
        assertThat(confirmation.url()).contains("/confirmation/");
        assertThat(confirmation.body()).contains("Thank you for your order");
        String orderNumber = confirmation.find("data-order=\"([^\"]+)\"");
        assertThat(orderNumber).isNotBlank();

        // A second click on "Place order" (the same form again) shows the same order, it places no other one.
        Page again = shopper.post(shop.siteUrl("/checkout/pay"), "csrfToken", checkoutFormToken, "orderId", orderId,
                "cardHolder", "Eva Tester", "cardNumber", "4242 4242 4242 4242", "cardExpiry", "12/39");
        assertThat(again.url()).endsWith("/confirmation/" + orderNumber);

        Page history = shopper.get(shop.siteUrl("/account"));
        assertThat(history.body()).contains("data-order=\"" + orderNumber + "\"");
        assertThat(history.body().split("data-order=\"", -1)).hasSize(2);
        assertThat(shopper.get(shop.siteUrl("/account/orders/" + orderNumber)).body()).contains("Order " + orderNumber);
        assertThat(shopper.get(shop.siteUrl("/cart")).body()).contains("Your cart is empty.");

        // Nobody else sees the order.
        WebSession other = new WebSession();
        register(other, "Olaf", "olaf." + System.nanoTime() + "@example.com");
        assertThat(other.get(shop.siteUrl("/account/orders/" + orderNumber)).status()).isEqualTo(404);
        assertThat(other.get(shop.siteUrl("/confirmation/" + orderNumber)).status()).isEqualTo(404);
    }

    @Test
    void the_demo_shopper_signs_in_and_a_wrong_password_is_refused() {
        WebSession shopper = new WebSession();
        shopper.get(shop.siteUrl("/login"));
        Page wrong = shopper.post(shop.siteUrl("/login_post.htm"), "j_username", "alice@example.com", "j_password", "nope");
        assertThat(wrong.body()).contains("The e-mail address or the password is wrong.");

        shopper.get(shop.siteUrl("/login"));
        Page signedIn = shopper.post(shop.siteUrl("/login_post.htm"), "j_username", "alice@example.com", "j_password", "shopper");
        assertThat(signedIn.url()).endsWith("/account");
        assertThat(signedIn.body()).contains("Hello, Alice");

        // Signing out is the menu's form, with the page's token.
        assertThat(shopper.post(shop.siteUrl("/logout")).body()).contains("Sign in");
        assertThat(shopper.get(shop.siteUrl("/account")).url()).contains("/login");
    }

    @Test
    void registering_twice_with_one_address_is_refused_with_a_clear_message() {
        String email = "twice." + System.nanoTime() + "@example.com";
        register(new WebSession(), "Tom", email);

        WebSession again = new WebSession();
        again.get(shop.siteUrl("/register"));
        Page refused = again.post(shop.siteUrl("/register"), "customer.firstName", "Tom", "customer.lastName", "Again",
                "customer.emailAddress", email, "password", "secret12", "passwordConfirm", "secret12");

        assertThat(refused.url()).endsWith("/register");
        assertThat(refused.body()).contains("There is already an account with this e-mail address");
    }

    @Test
    void a_form_from_an_expired_session_changes_nothing_and_says_so() {
        WebSession before = new WebSession();
        Page product = before.get(shop.siteUrl(firstProductPath(before)));
        String oldToken = product.csrfToken();

        WebSession after = new WebSession();
        Page answer = after.post(shop.siteUrl("/cart/add"), "csrfToken", oldToken,
                "productId", product.find("name=\"productId\" value=\"(\\d+)\""),
                "skuId", product.find("name=\"skuId\" value=\"(\\d+)\""), "quantity", "1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("data-notice=\"form-expired\"").contains("nothing was changed");
        assertThat(after.get(shop.siteUrl("/cart")).body()).contains("Your cart is empty.");
    }

    @Test
    void catalogue_pages_answer_in_every_language_and_unknown_pages_get_the_shops_404() {
        WebSession visitor = new WebSession();
        assertThat(visitor.get(shop.siteUrl("/")).body()).contains("data-page=\"home\"").contains("data-product=");
        assertThat(visitor.get(shop.siteUrl("/kitchen")).body()).contains("data-page=\"category\"");
        assertThat(visitor.get(shop.siteUrl("/search?q=mug")).body()).contains("data-page=\"search\"").contains("data-product=");

        Page hebrew = visitor.get(shop.siteUrl("/?blLocaleCode=he_IL"));
        assertThat(hebrew.body()).contains("<html lang=\"he\" dir=\"rtl\">").contains("bootstrap.rtl.min.css");
        Page persian = visitor.get(shop.siteUrl("/kitchen?blLocaleCode=fa_IR"));
        assertThat(persian.body()).contains("<html lang=\"fa\" dir=\"rtl\">");
        Page latvian = visitor.get(shop.siteUrl("/loyalty?blLocaleCode=lv_LV"));
        assertThat(latvian.body()).contains("<html lang=\"lv\" dir=\"ltr\">").contains("Kluba noteikumi");

        Page missing = visitor.get(shop.siteUrl("/no/such/page"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("data-page=\"not-found\"");
    }

    private static String stepClass(Page checkout, String step) {
        return checkout.find("<section class=\"([^\"]*)\" data-step=\"" + step + "\"");
    }

    private Page register(WebSession session, String firstName, String email) {
        return new Storefront(shop, session).register(firstName, email);
    }

    private String firstProductPath(WebSession session) {
        return new Storefront(shop, session).firstProductPath();
    }

    private Page fillCheckout(WebSession shopper, String email) {
        Page checkout = shopper.get(shop.siteUrl("/checkout"));
        assertThat(checkout.body()).contains("data-page=\"checkout\"");
        shopper.post(shop.siteUrl("/checkout/details"), "emailAddress", email);
        Page afterDetails = shopper.get(shop.siteUrl("/checkout"));
        String option = afterDetails.find("name=\"fulfillmentOptionId\" id=\"option-\\d+\" value=\"(\\d+)\"");
        assertThat(option).as("a shipping option").isNotNull();
        Page missingCity = shopper.post(shop.siteUrl("/checkout/shipping"),
                "address.firstName", "Eva", "address.lastName", "Tester", "address.addressLine1", "1 Market Street",
                "address.city", "", "address.postalCode", "12345", "address.country", "US", "fulfillmentOptionId", option);
        assertThat(missingCity.body()).contains("Enter the city.")
                .as("the page shown again is complete").contains("4242424242424242").contains("name=\"fulfillmentOptionId\"");
        return shopper.post(shop.siteUrl("/checkout/shipping"),
                "address.firstName", "Eva", "address.lastName", "Tester", "address.addressLine1", "1 Market Street",
                "address.city", "Springfield", "address.postalCode", "12345", "address.country", "US",
                "fulfillmentOptionId", option);
    }
}
