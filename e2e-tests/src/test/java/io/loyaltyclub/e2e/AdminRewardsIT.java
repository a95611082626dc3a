package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * Loyalty > Reward catalogue and Loyalty > Reward invitations in Broadleaf's admin, over HTTP: an event invitation
 * saved in the admin is in the members' area, a member redeems it, the admin marks it fulfilled once (the same form
 * again changes nothing) and the member sees it sent; rewards missing what their kind needs are refused.
 */
class AdminRewardsIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    private Map<String, String> newRewardForm(WebSession admin) {
        Map<String, String> fields = AdminForm.fields(admin.get(shop.adminUrl("/loyalty-rewards/add")).body());
        assertThat(fields).containsKeys(field("name"), field("kind"), field("pointsCost"), field("amount"),
                field("product"), field("tier"), field("stock"), field("availableFrom"), field("availableUntil"));
        assertThat(fields).as("a new reward starts active").containsEntry(field("active"), "true");
        return fields;
    }

    @Test
    void an_invitation_saved_in_the_admin_is_redeemed_by_a_member_and_fulfilled_once() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("Reward catalogue")
                .contains("Reward invitations");
        String name = "Admin evening " + System.nanoTime();
        Map<String, String> fields = newRewardForm(admin);
        fields.put(field("name"), name);
        fields.put(field("kind"), "EVENT_INVITATION");
        fields.put(field("pointsCost"), "100");
        fields.put(field("stock"), "2");
        Page saved = admin.post(shop.adminUrl("/loyalty-rewards/add"), AdminForm.asPairs(fields));
        assertThat(saved.url()).as("the saved reward's screen").matches(".*/loyalty-rewards/\\d+");

        Storefront member = new Storefront(shop, new WebSession());
        String email = "invited." + System.nanoTime() + "@example.com";
        member.register("Ines", email);
        String terms = member.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        member.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");
        Page area = member.get("/account/loyalty");
        String id = area.find("data-reward=\"(\\d+)\"[^>]*>\\s*<span class=\"lc-reward-name\">" + name + "<");
        assertThat(id).as("the new reward in the members' area").isNotNull();
        assertThat(area.body()).contains("2 left");
        String token = area.find("/rewards/" + id + "/redeem\"[^>]*>.*?name=\"token\" value=\"([^\"]+)\"");
        Page redeemed = member.post("/account/loyalty/rewards/" + id + "/redeem", "token", token, "cost", "100");
        assertThat(redeemed.body()).contains("The shop will send you your invitation.")
                .contains("data-redemption-kind=\"EVENT_INVITATION\"").contains("1 left");

        Page invitations = admin.get(shop.adminUrl("/loyalty-reward-invitations"));
        String row = invitations.find("data-invitation=\"(\\d+)\" data-fulfilled=\"false\">\\s*<td class=\"reward\">"
                + name + "<");
        assertThat(row).as("the invitation waiting in the admin").isNotNull();
        assertThat(invitations.body()).contains(email);
        String formToken = invitations.find("/loyalty-reward-invitations/" + row
                + "/fulfil\"[^>]*>.*?name=\"formToken\" value=\"([^\"]+)\"");
        Page fulfilled = admin.post(shop.adminUrl("/loyalty-reward-invitations/" + row + "/fulfil"),
                "formToken", formToken);
        assertThat(fulfilled.body()).contains("The invitation is marked fulfilled by you.")
                .contains("data-invitation=\"" + row + "\" data-fulfilled=\"true\"").contains("by admin");
        // The same form sent again, as a double click sends it (with the page's CSRF token).
        Page again = admin.post(shop.adminUrl("/loyalty-reward-invitations/" + row + "/fulfil"),
                "formToken", formToken, "csrfToken", invitations.csrfToken());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("This form was already sent");

        assertThat(member.get("/account/loyalty").body()).contains("Invitation sent on");

        // Switch the reward off again, for the other tests sharing the demo shop.
        Map<String, String> edit = AdminForm.fields(admin.get(saved.url()).body());
        edit.put(field("active"), "false");
        admin.post(saved.url(), AdminForm.asPairs(edit));
        assertThat(member.get("/account/loyalty").body()).as("off the catalogue, still among the member's rewards")
                .doesNotContain("data-reward=\"" + id + "\"").contains(name);
    }

    @Test
    void rewards_missing_what_their_kind_needs_are_refused_with_the_reason() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        String name = "Broken reward " + System.nanoTime();

        Map<String, String> noAmount = newRewardForm(admin);
        noAmount.put(field("name"), name);
        noAmount.put(field("kind"), "AMOUNT_OFF");
        noAmount.put(field("pointsCost"), "100");
        assertThat(admin.post(shop.adminUrl("/loyalty-rewards/add"), AdminForm.asPairs(noAmount)).body())
                .contains("Give the amount the coupon takes off an order.");

        Map<String, String> noProduct = newRewardForm(admin);
        noProduct.put(field("name"), name);
        noProduct.put(field("kind"), "FREE_PRODUCT");
        noProduct.put(field("pointsCost"), "0");
        assertThat(admin.post(shop.adminUrl("/loyalty-rewards/add"), AdminForm.asPairs(noProduct)).body())
                .contains("Choose the product the coupon makes free.").contains("A reward costs at least 1 point.");

        assertThat(admin.get(shop.adminUrl("/loyalty-rewards")).body()).doesNotContain(name);
    }
}
