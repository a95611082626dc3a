package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Loyalty > Early access in Broadleaf's admin, over HTTP: previews saved, and refused with their reasons; what is
 * saved reaches the storefront (a JVM of its own) within {@code loyalty.earlyAccess.refreshSeconds} (2 s in the demo).
 */
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

    @Test
    void a_preview_saved_in_the_admin_keeps_guests_out_within_the_refresh_and_switched_off_lets_them_in_again() {
        Storefront guest = new Storefront(shop, new WebSession());
        String path = guest.get("/outdoor").find("(?s).*<h3 class=\"product-name\"><a href=\"([^\"]+)\"");
        assertThat(path).as("the last product of Outdoors").isNotNull();
        Page open = guest.get(path);
        assertThat(open.status()).isEqualTo(200);
        String productId = open.find("name=\"productId\" value=\"(\\d+)\"");

        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        Map<String, String> fields = AdminForm.fields(admin.get(shop.adminUrl("/loyalty-early-access/add")).body());
        fields.put(field("name"), "Outdoor preview " + System.nanoTime());
        fields.put(field("product"), productId);
        fields.put(field("tierCode"), "GOLD");
        fields.put(field("launchAt"), AdminForm.broadleafDate(LocalDate.now().plusDays(20)));
        Page saved = admin.post(shop.adminUrl("/loyalty-early-access/add"), AdminForm.asPairs(fields));
        assertThat(saved.url()).as("the saved preview's screen").matches(".*/loyalty-early-access/\\d+");
        try {
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> guest.get(path).status() == 403);
            assertThat(guest.get(path).body()).contains("For club members at Gold level and above until");
        } finally {
            // Switched off again, for the other tests sharing the demo shop.
            Map<String, String> edit = AdminForm.fields(admin.get(saved.url()).body());
            edit.put(field("active"), "false");
            admin.post(saved.url(), AdminForm.asPairs(edit));
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> guest.get(path).status() == 200);
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
