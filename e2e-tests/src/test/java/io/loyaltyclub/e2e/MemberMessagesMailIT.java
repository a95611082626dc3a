package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Member messages in the demo: the admin's Loyalty &gt; Member messages screen, and a new member's welcome written by
 * the demo's mail sender into data/mail as an .eml file, from the sender the admin set.
 */
class MemberMessagesMailIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void the_admin_sets_the_sender_and_a_new_members_welcome_lands_in_the_mail_folder_once() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("Member messages");
        Page list = admin.get(shop.adminUrl("/loyalty-member-messages"));
        String row = list.find("href=\"[^\"]*/loyalty-member-messages/(\\d+)\"");
        assertThat(row).as("the settings row in the list").isNotNull();
        assertThat(admin.get(shop.adminUrl("/loyalty-member-messages/add")).url())
                .as("Add opens the one settings row").endsWith("/loyalty-member-messages/" + row);
        Page form = admin.get(shop.adminUrl("/loyalty-member-messages/" + row));
        Map<String, String> fields = AdminForm.fields(form.body());
        assertThat(fields).containsKeys(field("weeklyCap"), field("daysBeforeExpiry"), field("fromAddress"),
                field("shopUrl"));

        fields.put(field("weeklyCap"), "0");
        Page refused = admin.post(shop.adminUrl("/loyalty-member-messages/" + row), AdminForm.asPairs(fields));
        assertThat(refused.body()).contains("Messages per member per week: a whole number from 1 to 50.");
        assertThat(AdminForm.fields(admin.get(shop.adminUrl("/loyalty-member-messages/" + row)).body())
                .get(field("weeklyCap"))).isEqualTo("3");

        String sender = "hello" + System.nanoTime() % 10000 + "@club.example";
        fields = AdminForm.fields(admin.get(shop.adminUrl("/loyalty-member-messages/" + row)).body());
        fields.put(field("fromAddress"), sender);
        Page saved = admin.post(shop.adminUrl("/loyalty-member-messages/" + row), AdminForm.asPairs(fields));
        assertThat(saved.body()).doesNotContain("is-invalid");

        Storefront shopper = new Storefront(shop, new WebSession());
        String email = "mail." + System.nanoTime() + "@example.com";
        shopper.register("Mira", email);
        String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        Page joined = shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true",
                "marketingConsent", "true");
        assertThat(joined.url()).endsWith("/account/loyalty");

        runJob(admin, "member-message-triggers");
        runJob(admin, "member-messages");
        runJob(admin, "member-message-triggers");
        runJob(admin, "member-messages");

        List<Path> mails = mailsTo(email);
        assertThat(mails).as("one welcome in data/mail").hasSize(1);
        String mail = read(mails.get(0));
        assertThat(mail).contains("Subject: Welcome to the club").contains("From: " + sender)
                .contains("To: " + email);
    }

    private void runJob(WebSession admin, String job) {
        Page jobs = admin.get(shop.adminUrl("/loyalty-jobs"));
        String jobRow = jobs.find("(<tr class=\"loyalty-job\" data-job=\"" + job + "\".*?</tr>)");
        assertThat(jobRow).as(job + " on the jobs page").isNotNull();
        String token = new Page(200, "", jobRow).find("name=\"formToken\" value=\"([^\"]+)\"");
        Page ran = admin.post(shop.adminUrl("/loyalty-jobs/" + job + "/run"), "formToken", token,
                "csrfToken", jobs.csrfToken());
        assertThat(ran.body()).contains("Ran " + job + ": ");
    }

    private List<Path> mailsTo(String email) {
        Path folder = shop.dataDir().resolve("mail");
        if (!Files.isDirectory(folder)) {
            return java.util.Collections.emptyList();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-" + email + ".eml"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
