package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo's GOLD15 code is for Gold members and above: a shopper who may not use it is told why, in words, and
 * the cart gets no discount.
 */
class TierCouponIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_shopper_below_gold_entering_the_gold_code_is_told_why_and_gets_no_discount() {
        Storefront shopper = new Storefront(shop, new WebSession());
        String email = "gold-code." + System.nanoTime() + "@example.com";
        shopper.register("Gil", email);
        shopper.addToCart(shopper.firstProductPath(), 1);

        Page asNonMember = shopper.post("/cart/promo", "promoCode", "GOLD15");
        assertThat(asNonMember.body()).contains("data-error=\"promo\"")
                .contains("This code is for club members at Gold level or above. Join the club")
                .contains("data-action=\"join-club\"")
                .doesNotContain("data-code=\"GOLD15\"").doesNotContain("data-total=\"discount\"");

        String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");
        Page asNewMember = shopper.post("/cart/promo", "promoCode", "gold15");
        assertThat(asNewMember.body()).contains("This code is for club members at Gold level or above, and you have "
                + "not reached a level yet.").doesNotContain("data-action=\"join-club\"")
                .doesNotContain("data-code=\"GOLD15\"").doesNotContain("data-total=\"discount\"");

        Page hebrew = shopper.get("/cart?blLocaleCode=he_IL");
        Page hebrewRefusal = shopper.post("/cart/promo", "promoCode", "GOLD15");
        assertThat(hebrew.body()).contains("dir=\"rtl\"");
        assertThat(hebrewRefusal.body()).contains("הקוד מיועד לחברי המועדון בדרגת Gold ומעלה");
    }
}
