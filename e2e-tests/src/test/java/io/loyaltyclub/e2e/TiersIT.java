package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Tiers in the demo shop over HTTP: the club page lists every tier with its benefits before joining, Alice (Silver by
 * the points she earned at the partner) sees her tier and her way to Gold, and an admin sets a tier by hand with a
 * note and gives it back to qualification.
 */
class TiersIT {

    private static final String ALICE = "alice@example.com";

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void the_club_page_lists_every_tier_with_what_reaches_it_and_its_benefits() {
        Page club = new WebSession().get(shop.siteUrl("/loyalty"));

        String tiers = club.find("(<section class=\"lc-section lc-tiers\".*?</section>)");
        assertThat(tiers).as("the tiers section").isNotNull();
        assertThat(tiers).contains("data-tier=\"SILVER\"").contains("data-tier=\"GOLD\"").contains("data-tier=\"PLATINUM\"")
                .contains("Earn 1,000 points").contains("1.5 times the points on every order")
                .contains("200 bonus points when you reach it").contains("background-color:#C9A227")
                .contains("Your tier follows the points you earn over the last 12 months.")
                .contains("Free shipping on orders from $50.00");
        assertThat(tiers.indexOf("SILVER")).isLessThan(tiers.indexOf("GOLD"));
    }

    @Test
    void alice_sees_her_tier_the_way_to_the_next_and_what_keeps_it() {
        WebSession alice = new WebSession();
        alice.get(shop.siteUrl("/login"));
        alice.post(shop.siteUrl("/login_post.htm"), "j_username", ALICE, "j_password", "shopper");

        Page area = alice.get(shop.siteUrl("/account/loyalty"));

        String tier = area.find("(<section class=\"lc-section lc-tier-status\".*?</section>)");
        assertThat(tier).as("the tier section").isNotNull();
        assertThat(tier).contains("data-tier=\"SILVER\"").contains("data-tier-next=\"GOLD\"")
                .contains("more points to reach Gold").contains("role=\"progressbar\"")
                .contains("This tier is yours until");
    }

    @Test
    void an_admin_fixes_a_tier_with_a_note_and_gives_it_back_to_qualification() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        String url = shop.adminUrl("/customer/" + Admin.customerId(shop, admin, ALICE) + "/loyalty");

        Page refused = setTier(admin, url, "FIXED", "SILVER", " ");
        assertThat(refused.body()).contains("Write a note saying why; the member&#39;s tier history keeps it.");

        String note = "Staff discount test " + System.nanoTime();
        Page fixed = setTier(admin, url, "FIXED", "SILVER", note);
        assertThat(fixed.url()).isEqualTo(url);
        assertThat(fixed.body()).contains("Tier set: the member is now in Silver.").contains("Fixed at Silver")
                .contains(note);
        assertThat(fixed.find("(<tr class=\"loyalty-tier-change\".*?</tr>)")).contains("Set by an admin")
                .contains(">admin<").contains(note);

        Page back = setTier(admin, url, "AUTOMATIC", "", "Back to qualification " + System.nanoTime());
        assertThat(back.body()).contains("Tier set: the member is now in Silver.")
                .contains("No: the tier follows qualification");
    }

    @Test
    void tiers_and_the_qualification_settings_are_in_the_admin() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");

        Page tiers = admin.get(shop.adminUrl("/loyalty-tiers"));
        Page programme = admin.get(shop.adminUrl("/loyalty-programme"));

        assertThat(tiers.status()).isEqualTo(200);
        assertThat(tiers.body()).contains("SILVER").contains("GOLD").contains("PLATINUM").contains("Earn multiplier");
        assertThat(programme.status()).isEqualTo(200);
    }

    /** Fills in and sends the "Set tier" form of the panel at {@code url}, as it is shown now. */
    private static Page setTier(WebSession admin, String url, String mode, String tier, String note) {
        Page panel = admin.get(url);
        String form = panel.find("(<form[^>]*loyalty-set-tier.*?</form>)");
        assertThat(form).as("the Set tier form").isNotNull();
        String token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form)
                .results().map(m -> m.group(1)).findFirst().orElse(null);
        return admin.post(url + "/tier", "mode", mode, "tierCode", tier, "note", note, "formToken", token,
                "csrfToken", panel.csrfToken());
    }
}
