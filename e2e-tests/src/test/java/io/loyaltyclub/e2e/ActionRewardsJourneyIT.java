package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * Rewards for actions in the demo shop over HTTP: the newsletter sign-up on joining, a review written on the product
 * page and approved in the admin (once, whatever the clicks), a shared link that brings a visitor who registers, and
 * the birth date in the members' area. The demo rewards: newsletter 50, review 20, share 30, birth date 25.
 */
class ActionRewardsJourneyIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    private Storefront member(String name, boolean newsletter) {
        Storefront shopper = new Storefront(shop, new WebSession());
        shopper.register(name, name.toLowerCase() + "." + System.nanoTime() + "@example.com");
        String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        Page joined = newsletter
                ? shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true", "marketingConsent", "true")
                : shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");
        assertThat(joined.url()).endsWith("/account/loyalty");
        return shopper;
    }

    private static String available(Page membersArea) {
        return membersArea.find("data-balance=\"available\">.*?class=\"lc-balance-figure\">([^<]+)<");
    }

    @Test
    void signing_up_to_the_newsletter_on_joining_earns_once_and_not_again_after_unsubscribing() {
        Storefront shopper = member("Nina", true);
        Page area = shopper.get("/account/loyalty");
        assertThat(area.body()).contains("data-reason=\"ACTION_NEWSLETTER\"").contains("Signed up to the club newsletter");
        assertThat(available(area)).isEqualTo("150");

        shopper.post("/account/loyalty/consent");
        Page again = shopper.post("/account/loyalty/consent", "marketingConsent", "true");

        assertThat(available(again)).isEqualTo("150");
        assertThat(again.body().split("data-reason=\"ACTION_NEWSLETTER\"", -1)).hasSize(2);
    }

    @Test
    void a_members_review_waits_for_the_shop_and_approving_it_shows_it_and_rewards_once() {
        Storefront shopper = member("Rina", false);
        String productPath = shopper.firstProductPath();
        Page product = shopper.get(productPath);
        assertThat(product.body()).contains("data-form=\"review\"").contains("20 points");
        String productId = product.find("name=\"productId\" value=\"(\\d+)\"");
        String text = "Sturdy and pretty " + System.nanoTime();

        Page bad = shopper.post("/loyalty/reviews", "productId", productId, "rating", "9", "text", text);
        assertThat(bad.body()).contains("Choose a rating from 1 to 5.");
        Page written = shopper.post("/loyalty/reviews", "productId", productId, "rating", "5", "text", text);
        assertThat(written.url()).contains(productPath);
        assertThat(written.body()).contains("Your review will appear once the shop has read it.").doesNotContain(text)
                .doesNotContain("data-form=\"review\"");
        Page twice = shopper.post("/loyalty/reviews", "productId", productId, "rating", "5", "text", text);
        assertThat(twice.body()).contains("You have already reviewed this product");

        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        Page reviews = admin.get(shop.adminUrl("/loyalty-reviews"));
        assertThat(reviews.status()).isEqualTo(200);
        String row = reviews.find("(<tr class=\"loyalty-review\" data-review=\"\\d+\">(?:(?!</tr>).)*?"
                + java.util.regex.Pattern.quote(text) + ".*?</tr>)");
        assertThat(row).as("the review in the admin's waiting list").isNotNull();
        Page rowPage = new Page(200, "", row);
        String id = rowPage.find("data-review=\"(\\d+)\"");
        String token = rowPage.find("loyalty-approve-review.*?name=\"formToken\" value=\"([^\"]+)\"");
        String csrf = reviews.csrfToken();

        Page approved = admin.post(shop.adminUrl("/loyalty-reviews/" + id + "/approve"), "formToken", token,
                "csrfToken", csrf);
        assertThat(approved.body()).contains("its author got 20 points");
        Page repeated = admin.post(shop.adminUrl("/loyalty-reviews/" + id + "/approve"), "formToken", token,
                "csrfToken", csrf);
        assertThat(repeated.status()).isEqualTo(409);

        // The storefront is a JVM of its own: it shows the approved review within loyalty.reviews.shownSeconds (2 s).
        Storefront guest = new Storefront(shop, new WebSession());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(200)).until(() -> guest.get(productPath).body().contains(text));
        assertThat(guest.get(productPath).body()).contains(text).contains("Rina T.");
        Page area = shopper.get("/account/loyalty");
        assertThat(area.body()).contains("data-reason=\"ACTION_REVIEW\"");
        assertThat(available(area)).isEqualTo("120");
    }

    @Test
    void a_customer_service_rep_reads_reviews_but_may_not_approve_them() {
        WebSession csr = Admin.signedIn(shop, "csr", "csr");

        Page reviews = csr.get(shop.adminUrl("/loyalty-reviews"));
        assertThat(reviews.status()).isEqualTo(200);
        assertThat(reviews.body()).contains("You can read the reviews but not approve or reject them")
                .doesNotContain("loyalty-approve-review");
        String csrf = csr.get(shop.adminUrl("/customer/" + Admin.customerId(shop, csr, "alice@example.com")))
                .csrfToken();
        Page post = csr.post(shop.adminUrl("/loyalty-reviews/1/approve"), "formToken", "x", "csrfToken", csrf);
        assertThat(post.status()).isEqualTo(403);
    }

    @Test
    void a_shared_link_that_brings_a_visitor_who_registers_rewards_the_member() {
        Storefront sharer = member("Sara", false);
        String productPath = sharer.firstProductPath();
        String productId = sharer.get(productPath).find("name=\"productId\" value=\"(\\d+)\"");
        Page shared = sharer.post("/loyalty/share", "productId", productId);
        String link = shared.find("value=\"([^\"]*\\?shared=[^\"]+)\"");
        assertThat(link).as("the member's link on the product page").contains("?shared=");
        assertThat(sharer.post("/loyalty/share", "productId", productId).body()).contains(link);

        sharer.session().get(link);
        Storefront visitor = new Storefront(shop, new WebSession());
        assertThat(visitor.session().get(link).status()).isEqualTo(200);
        visitor.register("Vera", "vera." + System.nanoTime() + "@example.com");

        Page area = sharer.get("/account/loyalty");
        assertThat(area.body()).contains("data-reason=\"ACTION_SHARE\"").contains("A friend came through your link to");
        assertThat(available(area)).isEqualTo("130");
        assertThat(sharer.get(productPath).body()).contains("Followed 1 times");
    }

    @Test
    void an_admin_changes_an_action_rule_and_impossible_caps_are_refused_with_the_reason() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("/admin/loyalty-action-rewards")
                .contains("/admin/loyalty-reviews");
        Page list = admin.get(shop.adminUrl("/loyalty-action-rewards"));
        assertThat(list.body()).contains("NEWSLETTER").contains("REVIEW").contains("SHARE").contains("PROFILE")
                .contains("BIRTHDAY");
        String id = list.find("data-rowid=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*SHARE");
        if (id == null) {
            id = list.find("/loyalty-action-rewards/(\\d+)\"(?:(?!</tr>).)*SHARE");
        }
        assertThat(id).as("the SHARE rule's row").isNotNull();
        Page form = admin.get(shop.adminUrl("/loyalty-action-rewards/" + id));
        java.util.Map<String, String> fields = AdminForm.fields(form.body());
        assertThat(fields).containsEntry(AdminForm.field("points"), "30");

        java.util.Map<String, String> negative = new java.util.LinkedHashMap<>(fields);
        negative.put(AdminForm.field("perDay"), "-1");
        assertThat(admin.post(form.url(), AdminForm.asPairs(negative)).body())
                .contains("Enter a whole number from 0 to 100,000, or leave it empty for no limit.");
        java.util.Map<String, String> backwards = new java.util.LinkedHashMap<>(fields);
        backwards.put(AdminForm.field("perMonth"), "2");
        assertThat(admin.post(form.url(), AdminForm.asPairs(backwards)).body())
                .contains("The limit of a longer period cannot be lower than the limit of a shorter one");
        assertThat(AdminForm.fields(admin.get(form.url()).body())).containsEntry(AdminForm.field("perMonth"), "10");

        admin.post(form.url(), AdminForm.asPairs(fields));
        assertThat(AdminForm.fields(admin.get(form.url()).body())).containsEntry(AdminForm.field("points"), "30")
                .containsEntry(AdminForm.field("perDay"), "3");
    }

    @Test
    void share_points_changed_in_the_admin_show_on_a_members_product_page_within_the_refresh() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        Page form = admin.get(shop.adminUrl("/loyalty-action-rewards/"
                + Admin.rowId(admin.get(shop.adminUrl("/loyalty-action-rewards")), "/loyalty-action-rewards", "SHARE")));
        java.util.Map<String, String> fields = AdminForm.fields(form.body());
        assertThat(fields).containsEntry(AdminForm.field("points"), "30");
        Storefront carol = new Storefront(shop, new WebSession());
        carol.get("/login");
        carol.post("/login_post.htm", "j_username", "carol@example.com", "j_password", "shopper");
        String path = carol.get("/outdoor").find("<h3 class=\"product-name\"><a href=\"([^\"]+)\"");
        assertThat(carol.get(path).body()).as("Carol, a member, on a product page").contains("you get 30 points.");

        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(fields);
        more.put(AdminForm.field("points"), "35");
        admin.post(form.url(), AdminForm.asPairs(more));
        try {
            // The storefront is a JVM of its own: it reads the rules again within loyalty.actionRules.refreshSeconds.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                    .pollInterval(java.time.Duration.ofMillis(200))
                    .until(() -> carol.get(path).body().contains("you get 35 points."));
        } finally {
            admin.post(form.url(), AdminForm.asPairs(fields));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> carol.get(path).body().contains("you get 30 points."));
    }

    @Test
    void the_birth_date_in_the_members_area_earns_the_profile_reward_once_and_bad_dates_change_nothing() {
        Storefront shopper = member("Bea", false);
        LocalDate birthDate = LocalDate.now().plusMonths(3).withYear(1990);

        Page future = shopper.post("/account/loyalty/birthday", "birthDate", LocalDate.now().plusDays(2).toString());
        assertThat(future.body()).contains("A date of birth cannot be in the future.");
        Page unreadable = shopper.post("/account/loyalty/birthday", "birthDate", "31.02.1990");
        assertThat(unreadable.body()).contains("Enter your date of birth with its day, month and year.");
        assertThat(available(unreadable)).isEqualTo("100");

        Page saved = shopper.post("/account/loyalty/birthday", "birthDate", birthDate.toString());
        assertThat(saved.body()).contains("Your date of birth is saved, and 25 points are yours.")
                .contains("value=\"" + birthDate + "\"");
        Page again = shopper.post("/account/loyalty/birthday", "birthDate", birthDate.toString());
        assertThat(again.body()).contains("That date of birth was already saved.");
        assertThat(available(again)).isEqualTo("125");
    }
}
