package io.loyaltyclub.admin.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.domain.RefusalReason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Scanner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/** Every text Loyalty > Referrals shows has a label: states, refusal reasons, filters and the page's own words. */
class ReferralsAdminTextsTest {

    private static final String TEMPLATE = "/open_admin_style/templates/loyalty/referrals.html";

    private final Properties messages = load();

    @Test
    void every_state_reason_and_filter_has_a_label() {
        for (ReferralState state : ReferralState.values()) {
            assertThat(messages).containsKey("LoyaltyReferralState_" + state.name());
        }
        for (RefusalReason reason : RefusalReason.values()) {
            assertThat(messages).containsKey("LoyaltyReferralReason_" + reason.name());
        }
        for (ReferralsPage.Filter filter : ReferralsPage.Filter.values()) {
            assertThat(messages).containsKey("LoyaltyReferrals_Show_" + filter.name());
        }
        assertThat(messages).containsKeys("LoyaltyReferrals", "LoyaltyReferralSettings");
    }

    @Test
    void every_text_the_page_names_exists() {
        Matcher key = Pattern.compile("#\\{(Loyalty\\w+)").matcher(read());
        int found = 0;
        while (key.find()) {
            assertThat(messages).as("used in " + TEMPLATE).containsKey(key.group(1));
            found++;
        }
        assertThat(found).isGreaterThan(15);
    }

    @Test
    void the_page_parses_as_xml_as_thymeleaf_2_reads_it() {
        // The template's two top-level elements (the comment and the page) inside one root, as a document needs.
        String document = "<page>" + read() + "</page>";
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(document)))).doesNotThrowAnyException();
    }

    @Test
    void an_unknown_filter_shows_everything() {
        assertThat(ReferralsPage.Filter.named("refused")).isEqualTo(ReferralsPage.Filter.REFUSED);
        assertThat(ReferralsPage.Filter.named("<script>")).isEqualTo(ReferralsPage.Filter.ALL);
        assertThat(ReferralsPage.Filter.named(null)).isEqualTo(ReferralsPage.Filter.ALL);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ReferralsAdminTextsTest.class.getResourceAsStream(
                "/messages/loyalty/LoyaltyAdminMessages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static String read() {
        try (Scanner scanner = new Scanner(ReferralsAdminTextsTest.class.getResourceAsStream(TEMPLATE),
                StandardCharsets.UTF_8.name())) {
            return scanner.useDelimiter("\\A").next();
        }
    }
}
