package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An offer's club tiers in Broadleaf's admin, over HTTP: the offer's Club tiers button, the page, saving a choice. */
class AdminOfferTiersIT {

    private static final String GOLD_OFFER = "Gold members 15 % off";

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void an_admin_opens_the_gold_offer_to_everybody_and_limits_it_to_gold_again() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        long offerId = goldOfferId(admin);

        assertThat(admin.get(shop.adminUrl("/offer/" + offerId)).body()).contains("loyalty-offer-tiers")
                .contains("Club tiers");
        Page tiers = admin.get(shop.adminUrl("/offer/" + offerId + "/tiers"));
        assertThat(tiers.status()).isEqualTo(200);
        assertThat(tiers.find("(<label data-tier=\"GOLD\">.*?</label>)")).contains("checked").contains("Gold members and above");

        Page opened = admin.post(shop.adminUrl("/offer/" + offerId + "/tiers"), "tier", "", "csrfToken", tiers.csrfToken());
        assertThat(opened.body()).contains("The offer is open to every shopper again.");
        Storefront guest = new Storefront(shop, new WebSession());
        guest.addToCart(guest.firstProductPath(), 1);
        assertThat(guest.post("/cart/promo", "promoCode", "GOLD15").body()).as("anybody may use it now")
                .contains("data-code=\"GOLD15\"");

        Page unknown = admin.post(shop.adminUrl("/offer/" + offerId + "/tiers"), "tier", "DIAMOND",
                "csrfToken", opened.csrfToken());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("There is no active tier DIAMOND").contains("Nothing was changed.");

        Page limited = admin.post(shop.adminUrl("/offer/" + offerId + "/tiers"), "tier", "GOLD",
                "csrfToken", unknown.csrfToken());
        assertThat(limited.body()).contains("The offer is now for club members at Gold level and above.");
        Storefront shopper = new Storefront(shop, new WebSession());
        shopper.addToCart(shopper.firstProductPath(), 1);
        assertThat(shopper.post("/cart/promo", "promoCode", "GOLD15").body())
                .contains("This code is for club members at Gold level or above.").doesNotContain("data-code=\"GOLD15\"");
    }

    @Test
    void a_customer_service_rep_may_not_limit_offers() {
        WebSession csr = Admin.signedIn(shop, "csr", "csr");
        long offerId = goldOfferId(Admin.signedIn(shop, "admin", "admin"));

        Page page = csr.get(shop.adminUrl("/offer/" + offerId + "/tiers"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You may not limit offers to club tiers.");
    }

    private long goldOfferId(WebSession admin) {
        String list = admin.get(shop.adminUrl("/offer")).body();
        Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(GOLD_OFFER) + "(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(list);
        assertThat(row.find()).as(GOLD_OFFER + " in the list of offers").isTrue();
        Matcher id = Pattern.compile("/offer/(\\d+)").matcher(row.group());
        assertThat(id.find()).as("the offer's link").isTrue();
        return Long.parseLong(id.group(1));
    }
}
