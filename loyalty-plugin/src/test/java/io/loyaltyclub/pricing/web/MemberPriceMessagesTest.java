package io.loyaltyclub.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class MemberPriceMessagesTest {

    @Test
    void every_key_of_the_member_price_fragment_is_in_english_hebrew_persian_and_latvian() throws IOException {
        String template = new String(Files.readAllBytes(
                Paths.get("src/main/resources/webTemplates/loyalty/partials/memberPrice.html")), StandardCharsets.UTF_8);
        Set<String> used = new TreeSet<String>();
        Matcher m = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*[a-zA-Z])[(}]").matcher(template);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).hasSize(5);
        for (String language : new String[] {"", "_he", "_fa", "_lv"}) {
            Properties bundle = new Properties();
            try (Reader reader = new InputStreamReader(Files.newInputStream(Paths.get(
                    "src/main/resources/messages/loyalty/LoyaltyMessages" + language + ".properties")),
                    StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            assertThat(bundle.stringPropertyNames()).as(language).containsAll(used);
        }
    }
}
