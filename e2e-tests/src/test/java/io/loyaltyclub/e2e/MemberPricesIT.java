package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Member prices in the demo over HTTP: Carol (Gold) sees the regular and the Gold price side by side and is charged
 * the Gold price; a guest sees the regular price with the club price and a link to join. The demo's Gold tier has
 * 10 % off the Kitchen category.
 */
class MemberPricesIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    private static BigDecimal money(String text) {
        return new BigDecimal(text.replaceAll("[^0-9.]", ""));
    }

    private static String kitchenProduct(Storefront storefront) {
        String path = storefront.get("/kitchen").find("<h3 class=\"product-name\"><a href=\"([^\"]+)\"");
        assertThat(path).as("a product in Kitchen").isNotNull();
        return path;
    }

    @Test
    void a_guest_sees_the_regular_price_with_the_club_price_and_a_join_link() {
        Storefront guest = new Storefront(shop, new WebSession());
        Page listing = guest.get("/kitchen");
        assertThat(listing.body()).contains("data-member-price=\"false\"").doesNotContain("data-member-price=\"true\"")
                .contains("data-club-price=\"join\"");

        Page product = guest.get(kitchenProduct(guest));
        BigDecimal regular = money(product.find("class=\"price-now[^\"]*\" data-regular-price=\"\">([^<]+)<"));
        assertThat(product.body()).contains("data-club-price=\"join\"").contains("data-action=\"join\"");
        // The best club price: Gold's 10 % (Silver has 5 %).
        assertThat(money(product.find("Gold members pay ([^<]+)\\.<")))
                .isEqualByComparingTo(regular.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void a_gold_member_sees_both_prices_and_is_charged_the_gold_price() {
        Storefront carol = new Storefront(shop, new WebSession());
        String path = kitchenProduct(carol);
        BigDecimal guestPrice = money(carol.get(path)
                .find("class=\"price-now[^\"]*\" data-regular-price=\"\">([^<]+)<"));
        // A guest's cart at the regular price gets the Gold price on signing in.
        carol.addToCart(path, 2);
        Page signedIn = carol.post("/login_post.htm", "j_username", "carol@example.com", "j_password", "shopper");
        assertThat(signedIn.status()).isEqualTo(200);

        Page product = carol.get(path);
        assertThat(product.body()).contains("data-member-price=\"true\"").contains("Gold price");
        BigDecimal regular = money(product.find("<del data-regular-price=\"\">([^<]+)<"));
        BigDecimal gold = money(product.find("<strong class=\"price-now\">([^<]+)<"));
        assertThat(regular).isEqualByComparingTo(guestPrice);
        assertThat(gold).isEqualByComparingTo(regular.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP));
        assertThat(carol.get("/kitchen").body()).contains("data-member-price=\"true\"");

        Page cart = carol.get("/cart");
        BigDecimal subtotal = money(cart.find("data-total=\"subtotal\">([^<]+)<"));
        assertThat(subtotal).as("2 at the Gold price").isEqualByComparingTo(gold.multiply(new BigDecimal(2)));

        Page confirmation = carol.placeOrder(carol.fillCheckout("carol@example.com"));
        assertThat(confirmation.url()).contains("/confirmation/");
        assertThat(money(confirmation.find("Subtotal</dt><dd>([^<]+)<"))).isEqualByComparingTo(subtotal);
    }
}
