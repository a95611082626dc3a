package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

/** Loyalty > Early access in Broadleaf's admin, over HTTP: previews saved, and refused with their reasons. */
class AdminEarlyAccessIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_preview_is_saved_and_one_about_nothing_or_for_an_unknown_tier_is_refused() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("Early access");
        assertThat(admin.get(shop.adminUrl("/loyalty-early-access")).body()).contains("Matcha whisk set: members");
        String name = "Preview " + System.nanoTime();
        String category = Admin.categoryId(shop, admin);

        Page aboutNothing = save(admin, name, "", "GOLD");
        assertThat(aboutNothing.body()).contains("Choose the product or the category of the preview.");
        Page unknownTier = save(admin, name, category, "DIAMOND");
        assertThat(unknownTier.body()).contains("There is no tier DIAMOND");
        assertThat(admin.get(shop.adminUrl("/loyalty-early-access")).body()).doesNotContain(name);

        Page saved = save(admin, name, category, "GOLD");
        assertThat(saved.url()).as("the saved preview's screen").matches(".*/loyalty-early-access/\\d+");
        assertThat(admin.get(shop.adminUrl("/loyalty-early-access")).body()).contains(name);
    }

    /** Saves a preview of the category, switched off so that it hides nothing from the other tests' shoppers. */
    private Page save(WebSession admin, String name, String categoryId, String tier) {
        Page form = admin.get(shop.adminUrl("/loyalty-early-access/add"));
        Map<String, String> fields = AdminForm.fields(form.body());
        assertThat(fields).as("a new preview starts active").containsEntry(field("active"), "true");
        fields.put(field("name"), name);
        fields.put(field("category"), categoryId);
        fields.put(field("tierCode"), tier);
        fields.put(field("launchAt"), AdminForm.broadleafDate(LocalDate.now().plusDays(20)));
        fields.put(field("active"), "false");
        return admin.post(shop.adminUrl("/loyalty-early-access/add"), AdminForm.asPairs(fields));
    }
}
