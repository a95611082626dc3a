package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/** The demo's member gift: the washi tape trio comes free with the brass fountain pen, for members. */
class MemberGiftIT {

    private static final String PEN = "/stationery/brass-fountain-pen";

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_member_buying_the_pen_gets_the_tape_free_until_the_pen_leaves_the_cart_and_a_guest_gets_none() {
        Storefront guest = new Storefront(shop, new WebSession());
        assertThat(guest.addToCart(PEN, 1).body()).doesNotContain("data-gift=\"member\"");

        Storefront member = new Storefront(shop, new WebSession());
        member.register("Gita", "gift." + System.nanoTime() + "@example.com");
        String terms = member.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        member.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");

        Page cart = member.addToCart(PEN, 1);
        assertThat(cart.body()).contains("data-gift=\"member\"").contains("Member gift").contains("Washi Tape Trio");
        assertThat(cart.body().split("class=\"cart-line\"", -1)).as("the pen and the gift").hasSize(3);

        String penLine = cart.find("data-line=\"(\\d+)\" data-product=\"\\d+\">\\s*<img[^>]*>\\s*<div class=\"flex-grow-1\">\\s*"
                + "<a class=\"fw-semibold\" href=\"[^\"]*brass-fountain-pen\"");
        assertThat(penLine).as("the pen's line").isNotNull();
        Page withoutPen = member.post("/cart/remove", "orderItemId", penLine);
        assertThat(withoutPen.body()).doesNotContain("data-gift=\"member\"").doesNotContain("Washi Tape Trio");
    }
}
