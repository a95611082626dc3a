package io.loyaltyclub.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every storefront text is in the message bundles, in English, Hebrew, Persian and Latvian.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Paths.get("src/main/resources/webapps/storefront/WEB-INF/templates");
    private static final Path JAVA = Paths.get("src/main/java/io/loyaltyclub/demo");
    private static final String BUNDLE = "src/main/resources/messages/storefront/Storefront%s.properties";
    private static final String[] TRANSLATIONS = {"_he", "_fa", "_lv"};
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:cart|promo|checkout|payment)\\.(?:error\\.)?[a-zA-Z.]+)\"");

    @Test
    void every_key_the_templates_and_controllers_use_is_in_the_english_bundle() throws IOException {
        Properties english = load("");
        Set<String> used = new TreeSet<>();
        used.addAll(keys(TEMPLATES, ".html", TEMPLATE_KEY));
        used.addAll(keys(JAVA, ".java", JAVA_KEY));

        assertThat(used).hasSizeGreaterThan(80);
        // The club's own texts (loyalty.*) come with the plugin, in its bundle.
        Set<String> club = new TreeSet<>();
        for (String key : used) {
            if (key.startsWith("loyalty.")) {
                club.add(key);
            }
        }
        used.removeAll(club);
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(pluginBundle().stringPropertyNames()).containsAll(club);
    }

    @Test
    void hebrew_persian_and_latvian_have_every_english_key_and_valid_messages() throws IOException {
        Properties english = load("");
        for (String suffix : TRANSLATIONS) {
            Properties translation = load(suffix);
            assertThat(translation.stringPropertyNames()).as(suffix).isEqualTo(english.stringPropertyNames());
            for (String key : translation.stringPropertyNames()) {
                String value = translation.getProperty(key);
                assertThat(value).as(suffix + " " + key).isNotBlank();
                if (english.getProperty(key).contains("{0")) {
                    new MessageFormat(value, Locale.ROOT);
                    assertThat(value).as(suffix + " " + key + " keeps its placeholder").contains("{0");
                }
            }
        }
    }

    private static Set<String> keys(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(extension))::iterator) {
                Matcher m = pattern.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties pluginBundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(
                "/messages/loyalty/LoyaltyMessages.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(Paths.get(String.format(BUNDLE, suffix))),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
