package io.loyaltyclub.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.programme.domain.ExpiryPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The club pages speak English, Hebrew, Persian and Latvian: every key they use is in every bundle.
 */
class ClubPageMessagesTest {

    private static final String[] LANGUAGES = {"", "_he", "_fa", "_lv"};

    @Test
    void every_key_of_the_club_page_is_in_every_language() throws IOException {
        String template = new String(Files.readAllBytes(Paths.get("src/main/resources/webTemplates/loyalty/club.html")),
                StandardCharsets.UTF_8);
        Set<String> used = new TreeSet<String>();
        Matcher m = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*[a-zA-Z])[(}]").matcher(template);
        while (m.find()) {
            used.add(m.group(1));
        }
        for (ExpiryPolicy policy : ExpiryPolicy.values()) {
            used.add("loyalty.club.expiry." + policy.name());
        }
        assertThat(used).hasSizeGreaterThan(15);

        Properties english = load("");
        for (String language : LANGUAGES) {
            Properties bundle = load(language);
            assertThat(bundle.stringPropertyNames()).as(language).containsAll(used)
                    .isEqualTo(english.stringPropertyNames());
            for (String key : bundle.stringPropertyNames()) {
                new MessageFormat(bundle.getProperty(key), Locale.ROOT);
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(
                Paths.get("src/main/resources/messages/loyalty/LoyaltyMessages" + language + ".properties")),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
