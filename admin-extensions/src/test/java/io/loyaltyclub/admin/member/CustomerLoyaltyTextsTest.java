package io.loyaltyclub.admin.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.member.persistence.MemberStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Scanner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The loyalty panel's texts: every label it looks up exists, and apostrophes come out as apostrophes. */
class CustomerLoyaltyTextsTest {

    private static final String TEMPLATE = "/open_admin_style/templates/loyalty/customerLoyalty.html";

    private final Properties messages = load("/messages/loyalty/LoyaltyAdminMessages.properties");

    @Test
    void every_status_type_and_reason_has_a_label() {
        for (MemberStatus status : MemberStatus.values()) {
            assertThat(messages).containsKey("LoyaltyMemberStatus_" + status.name());
        }
        for (EntryType type : EntryType.values()) {
            assertThat(messages).containsKey("LoyaltyEntryType_" + type.name());
        }
        for (EntryReason reason : EntryReason.values()) {
            assertThat(messages).containsKey("LoyaltyEntryReason_" + reason.name());
        }
    }

    @Test
    void every_text_the_panel_and_the_button_name_exists() {
        Matcher key = Pattern.compile("#\\{(Loyalty\\w+)").matcher(read(TEMPLATE));
        int found = 0;
        while (key.find()) {
            assertThat(messages).as("used in " + TEMPLATE).containsKey(key.group(1));
            found++;
        }
        assertThat(found).isGreaterThan(20);
        assertThat(messages).containsKey(CustomerLoyaltyButton.LABEL);
    }

    @Test
    void apostrophes_are_doubled_exactly_in_texts_with_arguments() {
        for (String name : messages.stringPropertyNames()) {
            String text = messages.getProperty(name);
            if (text.contains("{0}")) {
                assertThat(text.replace("''", "")).as(name + " is a MessageFormat pattern").doesNotContain("'");
            } else {
                assertThat(text).as(name + " is shown as written").doesNotContain("''");
            }
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = CustomerLoyaltyTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static String read(String resource) {
        try (Scanner scanner = new Scanner(CustomerLoyaltyTextsTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8.name())) {
            return scanner.useDelimiter("\\A").next();
        }
    }
}
