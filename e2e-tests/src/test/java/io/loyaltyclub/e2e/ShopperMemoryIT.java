package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/**
 * The storefront keeps for a few seconds what its pages show a signed-in shopper of their own (their standing, their
 * review, their shared link: the plugin's ShopperMemory). What the shopper does shows on the very next page all the
 * same: each of their posts forgets it. Each step below comes within a second of the page before it.
 */
class ShopperMemoryIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void joining_reviewing_and_sharing_show_on_the_next_page_at_once() {
        Storefront shopper = new Storefront(shop, new WebSession());
        shopper.register("Mona", "mona." + System.nanoTime() + "@example.com");
        String productPath = shopper.firstProductPath();
        Page before = shopper.get(productPath);
        assertThat(before.body()).as("not a member yet").contains("data-share-join=\"\"").contains("data-review-join=\"\"");
        String productId = before.find("name=\"productId\" value=\"(\\d+)\"");

        String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        Page joined = shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");
        assertThat(joined.url()).endsWith("/account/loyalty");
        long welcome = shopper.balance("available");
        assertThat(welcome).as("the joining points in the members' area at once").isPositive();

        Page member = shopper.get(productPath);
        assertThat(member.body()).as("a member on the next page").doesNotContain("data-share-join=\"\"")
                .contains("data-form=\"share\"").contains("data-form=\"review\"");

        shopper.post("/loyalty/reviews", "productId", productId, "rating", "4", "text", "Nice " + System.nanoTime());
        assertThat(shopper.get(productPath).body()).as("their review waiting on the next page")
                .contains("data-own-review=\"PENDING\"").doesNotContain("data-form=\"review\"");

        shopper.post("/loyalty/share", "productId", productId);
        Page shared = shopper.get(productPath);
        assertThat(shared.body()).as("their link on the next page").contains("data-share-link=\"\"")
                .doesNotContain("data-form=\"share\"");
        assertThat(shopper.balance("available")).isEqualTo(welcome);
    }

    @Test
    void one_shopper_never_sees_another_shoppers_part() {
        Storefront carol = new Storefront(shop, new WebSession());
        carol.get("/login");
        carol.post("/login_post.htm", "j_username", "carol@example.com", "j_password", "shopper");
        Storefront bob = new Storefront(shop, new WebSession());
        bob.get("/login");
        bob.post("/login_post.htm", "j_username", "bob@example.com", "j_password", "shopper");
        String productPath = carol.firstProductPath();

        for (int i = 0; i < 3; i++) {
            assertThat(carol.get(productPath).body()).doesNotContain("data-review-join=\"\"")
                    .doesNotContain("data-share-join=\"\"");
            assertThat(bob.get(productPath).body()).contains("data-share-join=\"\"").contains("data-review-join=\"\"");
        }
    }
}
