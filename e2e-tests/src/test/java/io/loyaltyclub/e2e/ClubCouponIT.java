package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo club gives each new member a code of their own (10 % off, HELLO-...): it is in the members' area, it
 * discounts the member's cart, another shopper entering it is told it is someone else's, and once used it says so.
 */
class ClubCouponIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_new_members_own_coupon_works_for_them_once_and_for_nobody_else() {
        Storefront member = new Storefront(shop, new WebSession());
        String email = "coupon." + System.nanoTime() + "@example.com";
        member.register("Cora", email);
        String terms = member.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        member.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");

        Page area = member.get("/account/loyalty");
        if (shop.firstStartDay().equals(java.time.LocalDate.now(java.time.ZoneOffset.UTC))) {
            // The demo's sale day is its first start's day (Silver and above): a member in no tier is not invited.
            assertThat(area.body()).contains("data-sale-day=\"outsider\"")
                    .contains("Sale day for club members today: Members").contains("sale day: 25 % off")
                    .contains("For club members at Silver level or above.");
        }
        String code = area.find("data-coupon=\"(HELLO-[A-Z0-9]{8})\" data-state=\"READY\"");
        assertThat(code).as("the joining coupon in the members' area").isNotNull();
        assertThat(area.body()).contains("Welcome to the club: 10 % off");

        Storefront other = new Storefront(shop, new WebSession());
        other.register("Oscar", "coupon-other." + System.nanoTime() + "@example.com");
        other.addToCart(other.firstProductPath(), 1);
        Page refused = other.post("/cart/promo", "promoCode", code.toLowerCase());
        assertThat(refused.body()).contains("s personal coupon: only they can use it")
                .doesNotContain("data-code=\"" + code + "\"").doesNotContain("data-total=\"discount\"");

        member.addToCart(member.firstProductPath(), 1);
        Page applied = member.post("/cart/promo", "promoCode", code);
        assertThat(applied.body()).contains("data-code=\"" + code + "\"").contains("data-total=\"discount\"");

        Page confirmation = member.placeOrder(member.fillCheckout(email));
        assertThat(confirmation.body()).contains("data-page=\"confirmation\"");
        assertThat(member.get("/account/loyalty").body()).contains("data-coupon=\"" + code + "\" data-state=\"USED\"");

        member.addToCart(member.firstProductPath(), 1);
        Page again = member.post("/cart/promo", "promoCode", code);
        assertThat(again.body()).contains("data-error=\"promo\"").doesNotContain("data-code=\"" + code + "\"");
    }
}
