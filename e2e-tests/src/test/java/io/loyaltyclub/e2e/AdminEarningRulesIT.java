package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loyalty > Earning rules and Loyalty > Points campaigns in Broadleaf's admin, over HTTP: a rule for a product saved
 * from the admin changes what a member's next order of it earns in the storefront; bad rules and campaigns are
 * refused with the reason and not saved.
 */
class AdminEarningRulesIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_product_rule_saved_in_the_admin_multiplies_what_the_next_order_of_it_earns() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("Earning rules").contains("Points campaigns");
        String productPath = lastProductPath();
        String productId = new WebSession().get(shop.siteUrl(productPath)).find("name=\"productId\" value=\"(\\d+)\"");

        Member member = Member.ordering(shop, 1, productPath);
        long plain = member.pending();
        assertThat(plain).as("points of one unit without a rule").isPositive();

        String name = "Five times " + System.nanoTime();
        Page saved = saveRule(admin, name, productId, "", "5");
        assertThat(saved.url()).as("the saved rule's screen").matches(".*/loyalty-earning-rules/\\d+");
        Page list = admin.get(shop.adminUrl("/loyalty-earning-rules"));
        assertThat(list.body()).contains(name).contains("5.00");

        member.order(1, productPath);
        long withRule = member.pending() - plain;
        assertThat(withRule).as("five times the points of the same order without the rule")
                .isBetween(5 * plain - 4, 5 * plain + 4);

        // Switch the rule off again, for the other tests sharing the demo shop.
        Page ruleForm = admin.get(shop.adminUrl("/loyalty-earning-rules/" + ruleId(list, name)));
        Map<String, String> fields = AdminForm.fields(ruleForm.body());
        fields.remove(field("active"));
        fields.put(field("active"), "false");
        admin.post(ruleForm.url(), AdminForm.asPairs(fields));
        assertThat(AdminForm.fields(admin.get(ruleForm.url()).body()).get(field("active"))).isNotEqualTo("true");
    }

    @Test
    void a_rule_about_nothing_or_with_a_negative_multiplier_is_refused_with_the_reason() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        String name = "Broken rule " + System.nanoTime();

        Page aboutNothing = saveRule(admin, name, "", "", "2");
        assertThat(aboutNothing.body()).contains("Choose the product or the category the rule is about.");
        Page negative = saveRule(admin, name, "", Admin.categoryId(shop, admin), "-1");
        assertThat(negative.body()).contains("The multiplier must be between 0 and 100.");

        assertThat(admin.get(shop.adminUrl("/loyalty-earning-rules")).body()).doesNotContain(name);
    }

    @Test
    void a_campaign_is_saved_and_one_ending_before_it_starts_is_refused() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        LocalDate later = LocalDate.now().plusYears(2);
        String name = "Double weekend " + System.nanoTime();

        Page refused = saveCampaign(admin, name + " backwards", "2", later.plusDays(3), later);
        assertThat(refused.body()).contains("The campaign must end after it starts.");
        Page saved = saveCampaign(admin, name, "2", later, later.plusDays(2));
        assertThat(saved.url()).as("the saved campaign's screen").matches(".*/loyalty-points-campaigns/\\d+");

        Page list = admin.get(shop.adminUrl("/loyalty-points-campaigns"));
        assertThat(list.body()).contains(name).doesNotContain(name + " backwards");
    }

    private Page saveRule(WebSession admin, String name, String productId, String categoryId, String multiplier) {
        Page form = admin.get(shop.adminUrl("/loyalty-earning-rules/add"));
        Map<String, String> fields = AdminForm.fields(form.body());
        assertThat(fields).containsKeys(field("name"), field("product"), field("category"), field("multiplier"));
        fields.put(field("name"), name);
        fields.put(field("product"), productId);
        fields.put(field("category"), categoryId);
        fields.put(field("multiplier"), multiplier);
        assertThat(fields).as("a new rule starts active and earning").containsEntry(field("active"), "true")
                .containsEntry(field("excluded"), "false");
        return admin.post(shop.adminUrl("/loyalty-earning-rules/add"), AdminForm.asPairs(fields));
    }

    private Page saveCampaign(WebSession admin, String name, String multiplier, LocalDate starts, LocalDate ends) {
        Page form = admin.get(shop.adminUrl("/loyalty-points-campaigns/add"));
        Map<String, String> fields = AdminForm.fields(form.body());
        assertThat(fields).containsKeys(field("name"), field("startsAt"), field("endsAt"));
        fields.put(field("name"), name);
        fields.put(field("multiplier"), multiplier);
        fields.put(field("startsAt"), AdminForm.broadleafDate(starts));
        fields.put(field("endsAt"), AdminForm.broadleafDate(ends));
        assertThat(fields).as("a new campaign starts active").containsEntry(field("active"), "true");
        return admin.post(shop.adminUrl("/loyalty-points-campaigns/add"), AdminForm.asPairs(fields));
    }

    private String lastProductPath() {
        Matcher m = Pattern.compile("<h3 class=\"product-name\"><a href=\"([^\"]+)\"")
                .matcher(new WebSession().get(shop.siteUrl("/")).body());
        List<String> paths = new ArrayList<>();
        while (m.find()) {
            paths.add(m.group(1));
        }
        assertThat(paths).as("products on the home page").hasSizeGreaterThan(1);
        return paths.get(paths.size() - 1);
    }

    private static String ruleId(Page list, String name) {
        String id = list.find("data-rowid=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*" + Pattern.quote(name));
        if (id == null) {
            id = list.find("/loyalty-earning-rules/(\\d+)\"(?:(?!</tr>).)*" + Pattern.quote(name));
        }
        assertThat(id).as("the rule's row in the list").isNotNull();
        return id;
    }
}
