package io.loyaltyclub.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Scanner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The referral pages are well-formed XML (Thymeleaf 2 parses them as such: one stray "&amp;" in a script breaks the whole
 * members' area), and every text they name is in the plugin's bundles.
 */
class ReferralTemplatesTest {

    private static final String[] TEMPLATES = {"/webTemplates/loyalty/referral.html",
            "/webTemplates/loyalty/partials/referrals.html"};

    @Test
    void the_templates_parse_as_xml() {
        for (String template : TEMPLATES) {
            assertThatCode(() -> {
                try (InputStream in = getClass().getResourceAsStream(template)) {
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
                }
            }).as(template).doesNotThrowAnyException();
        }
    }

    @Test
    void every_fixed_text_the_templates_name_is_in_the_bundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/loyalty/LoyaltyMessages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        int found = 0;
        for (String template : TEMPLATES) {
            Matcher key = Pattern.compile("#\\{(loyalty\\.[\\w.]+)").matcher(read(template));
            while (key.find()) {
                assertThat(english).as("used in " + template).containsKey(key.group(1));
                found++;
            }
        }
        assertThat(found).isGreaterThan(20);
        for (String situation : new String[] {"UNKNOWN", "PAUSED", "OWN_LINK", "CUSTOMER"}) {
            assertThat(english).containsKey("loyalty.referral.landing." + situation);
        }
        for (io.loyaltyclub.referral.domain.ReferralState state : io.loyaltyclub.referral.domain.ReferralState.values()) {
            assertThat(english).containsKey("loyalty.referral.state." + state.name());
        }
        for (io.loyaltyclub.referral.domain.RefusalReason reason : io.loyaltyclub.referral.domain.RefusalReason.values()) {
            assertThat(english).containsKey("loyalty.referral.reason." + reason.name());
        }
    }

    private String read(String resource) {
        try (Scanner scanner = new Scanner(getClass().getResourceAsStream(resource), "UTF-8")) {
            return scanner.useDelimiter("\\A").next();
        }
    }
}
