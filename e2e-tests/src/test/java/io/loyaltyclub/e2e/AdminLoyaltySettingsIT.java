package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An admin in Broadleaf's admin console: the Loyalty module's settings change what shoppers see on /loyalty,
 * without a restart; stale and invalid saves are refused with a clear message and change nothing.
 */
class AdminLoyaltySettingsIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void an_admin_changes_the_programme_and_the_club_page_shows_it_within_the_refresh_interval() {
        WebSession admin = signedInAdmin();

        Page menu = admin.get(shop.adminUrl("/loginSuccess"));
        assertThat(menu.body()).contains("Programme settings");

        Page form = admin.get(shop.adminUrl("/loyalty-programme"));
        assertThat(form.url()).matches(".*/loyalty-programme/\\d+");
        Map<String, String> fields = AdminForm.fields(form.body());
        assertThat(fields).containsKeys(field("pointsPerCurrencyUnit"), field("pendingDays"), field("termsText"));

        String clubName = "Leaf Circle " + System.nanoTime() % 10000;
        fields.put(field("name"), clubName);
        fields.put(field("pointsPerCurrencyUnit"), "3");
        fields.put(field("pendingDays"), "30");
        Page saved = admin.post(form.url(), AdminForm.asPairs(fields));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("is-invalid").doesNotContain("Someone saved these settings");

        Page club = Admin.clubPageShowing(shop, clubName);
        assertThat(club.body()).contains(clubName).contains("Earn 3 points for every $1.00 you spend.")
                .contains("available 30 days after your order");
    }

    @Test
    void a_form_opened_before_someone_else_saved_is_refused_and_changes_nothing() {
        WebSession first = signedInAdmin();
        WebSession second = signedInAdmin();
        Page firstForm = first.get(shop.adminUrl("/loyalty-programme"));
        Page secondForm = second.get(shop.adminUrl("/loyalty-programme"));

        Map<String, String> firstFields = AdminForm.fields(firstForm.body());
        firstFields.put(field("welcomeBonusPoints"), "250");
        first.post(firstForm.url(), AdminForm.asPairs(firstFields));

        Map<String, String> secondFields = AdminForm.fields(secondForm.body());
        secondFields.put(field("welcomeBonusPoints"), "999");
        Page refused = second.post(secondForm.url(), AdminForm.asPairs(secondFields));

        assertThat(refused.body()).contains("Someone saved these settings after you opened them");
        assertThat(Admin.clubPageShowing(shop, "Get 250 points").body())
                .contains("Get 250 points as soon as you join.").doesNotContain("999");
    }

    @Test
    void a_share_above_one_hundred_percent_is_refused_with_the_reason() {
        WebSession admin = signedInAdmin();
        Page form = admin.get(shop.adminUrl("/loyalty-programme"));
        Map<String, String> fields = new LinkedHashMap<>(AdminForm.fields(form.body()));
        fields.put(field("maximumOrderSharePercent"), "150");

        Page refused = admin.post(form.url(), AdminForm.asPairs(fields));

        assertThat(refused.body()).contains("must be between 0 and 100");
        assertThat(AdminForm.fields(admin.get(form.url()).body()).get(field("maximumOrderSharePercent")))
                .isNotEqualTo("150");
    }

    @Test
    void the_admin_refuses_a_wrong_password() {
        WebSession admin = new WebSession();
        admin.get(shop.adminUrl("/login"));
        Page refused = admin.post(shop.adminUrl("/login_admin_post"), "j_username", "admin", "j_password", "wrong");

        assertThat(refused.url()).contains("login_error");
        assertThat(admin.get(shop.adminUrl("/loyalty-programme")).body()).doesNotContain("entity-form");
    }

    private WebSession signedInAdmin() {
        WebSession admin = new WebSession();
        admin.get(shop.adminUrl("/login"));
        Page home = admin.post(shop.adminUrl("/login_admin_post"), "j_username", "admin", "j_password", "admin");
        assertThat(home.url()).doesNotContain("login");
        return admin;
    }
}
