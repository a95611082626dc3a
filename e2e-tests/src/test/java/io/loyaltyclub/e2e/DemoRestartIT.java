package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The demo shop keeps what shoppers and admins did when it is stopped and started again; only the first
 * start loads the demo data.
 */
class DemoRestartIT {

    @Test
    void a_registered_shopper_and_a_changed_setting_survive_a_restart() {
        DemoShopProcess shop = DemoShopProcess.startNew("restart");
        try {
            String email = "rita." + System.nanoTime() + "@example.com";
            WebSession shopper = new WebSession();
            shopper.get(shop.siteUrl("/register"));
            shopper.post(shop.siteUrl("/register"), "customer.firstName", "Rita", "customer.lastName", "Restart",
                    "customer.emailAddress", email, "password", "secret12", "passwordConfirm", "secret12");

            WebSession admin = new WebSession();
            admin.get(shop.adminUrl("/login"));
            admin.post(shop.adminUrl("/login_admin_post"), "j_username", "admin", "j_password", "admin");
            Page form = admin.get(shop.adminUrl("/loyalty-programme"));
            Map<String, String> fields = AdminForm.fields(form.body());
            fields.put(field("name"), "Restart Club");
            admin.post(form.url(), AdminForm.asPairs(fields));

            shop.stop();
            shop.start();

            WebSession again = new WebSession();
            again.get(shop.siteUrl("/login"));
            Page signedIn = again.post(shop.siteUrl("/login_post.htm"), "j_username", email, "j_password", "secret12");
            assertThat(signedIn.body()).contains("Hello, Rita");
            assertThat(again.get(shop.siteUrl("/loyalty")).body()).contains("Restart Club");
            // The demo data was not loaded a second time.
            assertThat(again.get(shop.siteUrl("/kitchen")).body()).contains("7 products");
        } finally {
            shop.stop();
        }
    }
}
