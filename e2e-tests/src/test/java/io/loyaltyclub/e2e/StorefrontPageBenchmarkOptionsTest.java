package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Every {@code -Dbench.pages.*} option the benchmark reads is handed on by the {@code page-benchmark} profile of
 * e2e-tests/pom.xml (run with {@code -Dbench.pages.settingsOnly=true}, the benchmark prints what reached it and stops),
 * and each one changes the benchmark's settings.
 */
class StorefrontPageBenchmarkOptionsTest {

    @Test
    void the_profile_hands_every_option_to_the_benchmark() throws Exception {
        Element profile = pageBenchmarkProfile();
        String arguments = profile.getElementsByTagName("commandlineArgs").item(0).getTextContent();
        Element properties = (Element) profile.getElementsByTagName("properties").item(0);
        for (String name : StorefrontPageBenchmark.Settings.NAMES) {
            assertThat(arguments).as(name).contains("\"-Dbench.pages." + name + "=${bench.pages." + name + "}\"");
            assertThat(properties.getElementsByTagName("bench.pages." + name).getLength())
                    .as("an empty default for " + name + ", so that an option not given is not passed as ${...}")
                    .isEqualTo(1);
        }
        assertThat(arguments).contains("io.loyaltyclub.e2e.StorefrontPageBenchmark");
    }

    @Test
    void each_option_reaches_the_settings_and_empty_ones_keep_the_defaults() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("requests", "7");
        given.put("warmup", "3");
        given.put("category", "/outdoor");
        given.put("product", "/outdoor/x");
        given.put("sitePort", "18090");
        given.put("adminPort", "18091");
        given.put("hsqldbPort", "19138");
        given.put("dataDir", "/tmp/elsewhere");
        given.put("jvmOptions", "-XX:+UseParallelGC  -Dx=1");
        given.put("countSql", "true");
        given.put("jfr", "/tmp/p.jfr");
        given.put("settingsOnly", "true");
        assertThat(given.keySet()).containsExactlyElementsOf(StorefrontPageBenchmark.Settings.NAMES);
        StorefrontPageBenchmark.Settings settings = new StorefrontPageBenchmark.Settings(given);
        assertThat(settings.requests).isEqualTo(7);
        assertThat(settings.warmup).isEqualTo(3);
        assertThat(settings.category).isEqualTo("/outdoor");
        assertThat(settings.product).isEqualTo("/outdoor/x");
        assertThat(settings.sitePort).isEqualTo(18090);
        assertThat(settings.adminPort).isEqualTo(18091);
        assertThat(settings.hsqldbPort).isEqualTo(19138);
        assertThat(settings.dataDir).isEqualTo(Paths.get("/tmp/elsewhere"));
        assertThat(settings.jvmOptions).containsExactly("-XX:+UseParallelGC", "-Dx=1");
        assertThat(settings.countSql).isTrue();
        assertThat(settings.jfr).isEqualTo("/tmp/p.jfr");
        assertThat(settings.settingsOnly).isTrue();

        System.setProperty("bench.pages.requests", "");
        System.setProperty("bench.pages.warmup", "${bench.pages.warmup}");
        try {
            StorefrontPageBenchmark.Settings defaults = StorefrontPageBenchmark.Settings.fromSystemProperties();
            assertThat(defaults.requests).isEqualTo(200);
            assertThat(defaults.warmup).isEqualTo(60);
            assertThat(defaults.sitePort).isEqualTo(18080);
            assertThat(defaults.dataDir).isEqualTo(Paths.get("/tmp/loyalty-page-benchmark"));
        } finally {
            System.clearProperty("bench.pages.requests");
            System.clearProperty("bench.pages.warmup");
        }
    }

    private static Element pageBenchmarkProfile() throws Exception {
        Path pom = Paths.get(System.getProperty("demo.site.dir", "../demo-site")).toAbsolutePath().normalize()
                .getParent().resolve("e2e-tests/pom.xml");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList profiles = document.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if ("page-benchmark".equals(profile.getElementsByTagName("id").item(0).getTextContent())) {
                return profile;
            }
        }
        throw new AssertionError("no page-benchmark profile in " + pom);
    }
}
