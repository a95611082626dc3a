package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo's matcha whisk set is for Gold members and above for 30 days: everybody else does not find it in the
 * category, the search or the home page, gets the members-only page on its URL, and cannot put it in the cart, not
 * even by posting the form directly.
 */
class EarlyAccessIT {

    private static final String PREVIEW = "/tea-coffee/matcha-whisk-set";

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_shopper_below_gold_neither_sees_nor_buys_the_members_preview() {
        Storefront guest = new Storefront(shop, new WebSession());

        assertThat(guest.get("/tea-coffee").body()).as("category page").contains("data-page=\"category\"")
                .doesNotContain("href=\"" + PREVIEW + "\"").doesNotContain("Matcha Whisk Set");
        assertThat(guest.get("/search?q=matcha").body()).as("search").doesNotContain("Matcha Whisk Set");

        Page preview = guest.get(PREVIEW);
        assertThat(preview.status()).isEqualTo(403);
        assertThat(preview.body()).contains("data-page=\"loyalty-early-access\"")
                .contains("For club members at Gold level and above until").contains("data-action=\"join-club\"");

        // The product page's own form, posted directly with the product's ids.
        String productId = productIdOf();
        guest.get("/register"); // a page with a form, for the session's form token
        Page refused = guest.post("/cart/add", "productId", productId, "quantity", "1");
        assertThat(refused.body()).contains("data-error=\"cart\"")
                .contains("This product is for club members at Gold level and above until")
                .doesNotContain("cart-line");

        Page hebrew = guest.get(PREVIEW + "?blLocaleCode=he_IL");
        assertThat(hebrew.body()).contains("לחברי המועדון בדרגת Gold ומעלה עד");
    }

    /** The product's id, read as an admin would: from Broadleaf's admin list of products. */
    private String productIdOf() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        String id = admin.get(shop.adminUrl("/product?defaultSku.name=Matcha")).find("/product/(\\d+)");
        assertThat(id).as("the matcha whisk set in the admin").isNotNull();
        return id;
    }
}
