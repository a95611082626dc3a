package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Loyalty > Member prices in Broadleaf's admin, over HTTP: the demo's rules are listed; a Gold fixed price for a
 * product saved in the admin is what Carol (Gold) sees in the storefront; rules without a tier, a target or a price,
 * or with two prices, are refused with the reason and not saved.
 */
class AdminMemberPricesIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    private static BigDecimal money(String text) {
        return new BigDecimal(text.replaceAll("[^0-9.]", ""));
    }

    private Map<String, String> newRuleForm(WebSession admin) {
        Map<String, String> fields = AdminForm.fields(admin.get(shop.adminUrl("/loyalty-member-prices/add")).body());
        assertThat(fields).containsKeys(field("name"), field("tier"), field("product"), field("category"),
                field("wholeCatalogue"), field("percentOff"), field("fixedPrice"));
        assertThat(fields).as("a new rule starts active").containsEntry(field("active"), "true");
        return fields;
    }

    /** The Gold tier's id, as the demo's Gold rule has it. */
    private String goldTierId(WebSession admin) {
        Page list = admin.get(shop.adminUrl("/loyalty-member-prices"));
        String ruleId = Admin.rowId(list, "/loyalty-member-prices", "Gold: 10 % off Kitchen");
        String tier = AdminForm.fields(admin.get(shop.adminUrl("/loyalty-member-prices/" + ruleId)).body())
                .get(field("tier"));
        assertThat(tier).as("the Gold rule's tier").isNotBlank();
        return tier;
    }

    @Test
    void a_gold_price_saved_in_the_admin_is_what_carol_sees() throws InterruptedException {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("Member prices");
        String gold = goldTierId(admin);

        Storefront carol = new Storefront(shop, new WebSession());
        carol.get("/login");
        carol.post("/login_post.htm", "j_username", "carol@example.com", "j_password", "shopper");
        String path = carol.get("/outdoor").find("<h3 class=\"product-name\"><a href=\"([^\"]+)\"");
        assertThat(path).as("a product in Outdoors").isNotNull();
        Page before = carol.get(path);
        assertThat(before.body()).as("no member price outside Kitchen yet, and Carol signed in")
                .contains("data-member-price=\"false\"").doesNotContain("data-club-price=\"join\"");
        String productId = before.find("name=\"productId\" value=\"(\\d+)\"");

        String name = "Gold outdoor price " + System.nanoTime();
        Map<String, String> fields = newRuleForm(admin);
        fields.put(field("name"), name);
        fields.put(field("tier"), gold);
        fields.put(field("product"), productId);
        fields.put(field("fixedPrice"), "1.00");
        Page saved = admin.post(shop.adminUrl("/loyalty-member-prices/add"), AdminForm.asPairs(fields));
        assertThat(saved.url()).as("the saved rule's screen").matches(".*/loyalty-member-prices/\\d+");
        Map<String, String> stored = AdminForm.fields(admin.get(saved.url()).body());
        assertThat(stored).as("the saved rule").containsEntry(field("tier"), gold)
                .containsEntry(field("product"), productId).containsEntry(field("active"), "true");
        assertThat(money(stored.get(field("fixedPrice")))).isEqualByComparingTo("1.00");

        // The storefront reads the rules again within loyalty.memberPrices.rulesSeconds (10 s).
        Page after = carol.get(path);
        long giveUpAt = System.nanoTime() + 20_000_000_000L;
        while (!after.body().contains("data-member-price=\"true\"") && System.nanoTime() < giveUpAt) {
            Thread.sleep(500);
            after = carol.get(path);
        }
        assertThat(money(after.find("<strong class=\"price-now\">([^<]+)<"))).isEqualByComparingTo("1.00");

        // Switch the rule off again, for the other tests sharing the demo shop.
        Map<String, String> edit = AdminForm.fields(admin.get(saved.url()).body());
        edit.remove(field("active"));
        edit.put(field("active"), "false");
        admin.post(saved.url(), AdminForm.asPairs(edit));
        assertThat(AdminForm.fields(admin.get(saved.url()).body()).get(field("active"))).isNotEqualTo("true");
    }

    @Test
    void rules_without_tier_target_or_price_or_with_two_prices_are_refused_with_the_reason() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        String name = "Broken member price " + System.nanoTime();

        Map<String, String> empty = newRuleForm(admin);
        empty.put(field("name"), name);
        Page refused = admin.post(shop.adminUrl("/loyalty-member-prices/add"), AdminForm.asPairs(empty));
        assertThat(refused.body()).contains("Choose the tier whose members get this price.")
                .contains("Choose a product or a category, or tick")
                .contains("Give a percent off (like 10) or a fixed price (like 19.90).");

        Map<String, String> twoPrices = newRuleForm(admin);
        twoPrices.put(field("name"), name);
        twoPrices.put(field("tier"), goldTierId(admin));
        twoPrices.put(field("category"), admin.get(shop.adminUrl("/category")).find("href=\"[^\"]*/category/(\\d+)\""));
        twoPrices.put(field("percentOff"), "10");
        twoPrices.put(field("fixedPrice"), "5");
        assertThat(admin.post(shop.adminUrl("/loyalty-member-prices/add"), AdminForm.asPairs(twoPrices)).body())
                .contains("Give either a percent off or a fixed price, not both.");

        assertThat(admin.get(shop.adminUrl("/loyalty-member-prices")).body()).doesNotContain(name);
    }
}
