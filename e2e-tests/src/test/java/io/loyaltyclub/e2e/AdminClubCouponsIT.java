package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

/**
 * Loyalty > Club coupons in Broadleaf's admin, over HTTP: the demo's rules are listed; a sale-day rule without its
 * day is refused with the reason; one for today, saved in the admin and handed out by the sale-day job run from the
 * Jobs page, puts a code of its own in a member's area.
 */
class AdminClubCouponsIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    private Map<String, String> newRuleForm(WebSession admin) {
        Map<String, String> fields = AdminForm.fields(admin.get(shop.adminUrl("/loyalty-club-coupons/add")).body());
        // The occasion's choices are radio buttons, none chosen yet.
        assertThat(fields).containsKeys(field("name"), field("offer"), field("tier"), field("saleDay"),
                field("codePrefix"));
        assertThat(fields).as("a new rule's answers").containsEntry(field("active"), "true")
                .containsEntry(field("validDays"), "30").containsEntry(field("usesPerMember"), "1");
        return fields;
    }

    /** The offer of the demo's sale-day rule. */
    private String saleDayOffer(WebSession admin) {
        Page list = admin.get(shop.adminUrl("/loyalty-club-coupons"));
        assertThat(list.body()).contains("Welcome to the club: 10 % off").contains("Gold reached: 20 % off");
        String ruleId = Admin.rowId(list, "/loyalty-club-coupons", "sale day: 25 % off");
        String offer = AdminForm.fields(admin.get(shop.adminUrl("/loyalty-club-coupons/" + ruleId)).body())
                .get(field("offer"));
        assertThat(offer).as("the sale-day rule's offer").isNotBlank();
        return offer;
    }

    @Test
    void a_sale_day_rule_saved_in_the_admin_hands_members_their_codes_and_a_rule_without_its_day_is_refused() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("Club coupons");
        String offer = saleDayOffer(admin);
        String name = "Admin sale day " + System.nanoTime();

        Map<String, String> noDay = newRuleForm(admin);
        noDay.put(field("name"), name);
        noDay.put(field("occasion"), "SALE_DAY");
        noDay.put(field("offer"), offer);
        Page refused = admin.post(shop.adminUrl("/loyalty-club-coupons/add"), AdminForm.asPairs(noDay));
        assertThat(refused.body()).contains("Give the sale day.");
        assertThat(admin.get(shop.adminUrl("/loyalty-club-coupons")).body()).doesNotContain(name);

        Map<String, String> today = newRuleForm(admin);
        today.put(field("name"), name);
        today.put(field("occasion"), "SALE_DAY");
        today.put(field("offer"), offer);
        today.put(field("saleDay"), AdminForm.broadleafDate(LocalDate.now()));
        today.put(field("codePrefix"), "ADMIN");
        Page saved = admin.post(shop.adminUrl("/loyalty-club-coupons/add"), AdminForm.asPairs(today));
        assertThat(saved.url()).as("the saved rule's screen").matches(".*/loyalty-club-coupons/\\d+");

        Page jobs = admin.get(shop.adminUrl("/loyalty-jobs"));
        String row = jobs.find("(<tr class=\"loyalty-job\" data-job=\"sale-day-coupons\".*?</tr>)");
        assertThat(row).as("the sale-day job on the Jobs page").isNotNull();
        String token = new Page(200, "", row).find("name=\"formToken\" value=\"([^\"]+)\"");
        Page ran = admin.post(shop.adminUrl("/loyalty-jobs/sale-day-coupons/run"), "formToken", token,
                "csrfToken", jobs.csrfToken());
        assertThat(ran.body()).contains("Ran sale-day-coupons: Issued");

        Storefront carol = new Storefront(shop, new WebSession());
        carol.get("/login");
        carol.post("/login_post.htm", "j_username", "carol@example.com", "j_password", "shopper");
        Page area = carol.get("/account/loyalty");
        assertThat(area.find("data-coupon=\"(ADMIN-[A-Z0-9]{8})\" data-state=\"READY\"")).as("Carol's sale-day code")
                .isNotNull();
        assertThat(area.body()).contains(name);

        // Switch the rule off again, for the other tests sharing the demo shop.
        Map<String, String> edit = AdminForm.fields(admin.get(saved.url()).body());
        edit.put(field("active"), "false");
        admin.post(saved.url(), AdminForm.asPairs(edit));
        assertThat(AdminForm.fields(admin.get(saved.url()).body()).get(field("active"))).isNotEqualTo("true");
    }
}
