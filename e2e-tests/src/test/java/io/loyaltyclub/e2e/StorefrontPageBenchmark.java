package io.loyaltyclub.e2e;

import io.loyaltyclub.e2e.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a club member waits for against a guest: the demo shop's Kitchen category listing and one of its product pages
 * over HTTP, for a Gold member (Carol), a signed-in shopper who is not a member (Bob) and a guest, the three
 * alternating request by request (each round in another order) after a warm-up, so that whatever else the machine
 * does weighs on all three. Prints median, p90 and p99 per shopper and page and the ratios member/guest and
 * non-member/guest. With {@code -Dbench.pages.countSql=true} it measures nothing and counts instead the SQL
 * statements each page runs per shopper (Hibernate's SQL log of the storefront's request threads), and lists the
 * statements a member's page runs that a guest's does not.
 *
 * <p>Run by the {@code page-benchmark} profile of e2e-tests (see the README's Benchmark section); every option is a
 * {@code -Dbench.pages.*} system property, listed in {@link Settings}.
 */
public final class StorefrontPageBenchmark {

    /** The options, each {@code -Dbench.pages.<name>}; the profile passes each one on. */
    static final class Settings {
        static final List<String> NAMES = List.of("requests", "warmup", "category", "product", "sitePort",
                "adminPort", "hsqldbPort", "dataDir", "jvmOptions", "countSql", "jfr", "settingsOnly");

        final int requests;
        final int warmup;
        final String category;
        final String product;
        final int sitePort;
        final int adminPort;
        final int hsqldbPort;
        final Path dataDir;
        final List<String> jvmOptions;
        final boolean countSql;
        final String jfr;
        final boolean settingsOnly;

        Settings(Map<String, String> given) {
            requests = Integer.parseInt(value(given, "requests", "200"));
            warmup = Integer.parseInt(value(given, "warmup", "60"));
            category = value(given, "category", "/kitchen");
            product = value(given, "product", "");
            sitePort = Integer.parseInt(value(given, "sitePort", "18080"));
            adminPort = Integer.parseInt(value(given, "adminPort", "18081"));
            hsqldbPort = Integer.parseInt(value(given, "hsqldbPort", "19137"));
            dataDir = Paths.get(value(given, "dataDir", "/tmp/loyalty-page-benchmark")).toAbsolutePath();
            String options = value(given, "jvmOptions", "").trim();
            jvmOptions = options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
            countSql = Boolean.parseBoolean(value(given, "countSql", "false"));
            jfr = value(given, "jfr", "");
            settingsOnly = Boolean.parseBoolean(value(given, "settingsOnly", "false"));
            if (requests < 1 || warmup < 0) {
                throw new IllegalArgumentException("bench.pages.requests must be at least 1, bench.pages.warmup at least 0");
            }
        }

        static Settings fromSystemProperties() {
            Map<String, String> given = new LinkedHashMap<>();
            for (String name : NAMES) {
                String value = System.getProperty("bench.pages." + name);
                // Maven passes an option nobody set as an empty value (or its own ${...} when undefined).
                if (value != null && !value.isEmpty() && !value.startsWith("${")) {
                    given.put(name, value);
                }
            }
            return new Settings(given);
        }

        private static String value(Map<String, String> given, String name, String otherwise) {
            return given.getOrDefault(name, otherwise);
        }

        @Override
        public String toString() {
            return "requests=" + requests + " warmup=" + warmup + " category=" + category + " product="
                    + (product.isEmpty() ? "(the category's first)" : product) + " sitePort=" + sitePort
                    + " adminPort=" + adminPort + " hsqldbPort=" + hsqldbPort + " dataDir=" + dataDir
                    + " jvmOptions=" + jvmOptions + " countSql=" + countSql + " jfr=" + (jfr.isEmpty() ? "(none)" : jfr);
        }
    }

    /** A shopper with a browser session of their own. */
    private static final class Shopper {
        final String name;
        final WebSession session = new WebSession();
        final Map<String, List<Long>> nanosByPage = new LinkedHashMap<>();
        final Map<String, List<Long>> bytesByPage = new LinkedHashMap<>();

        Shopper(String name) {
            this.name = name;
        }
    }

    private final Settings settings;
    private final DemoShopProcess shop;

    private StorefrontPageBenchmark(Settings settings, DemoShopProcess shop) {
        this.settings = settings;
        this.shop = shop;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.println("StorefrontPageBenchmark settings: " + settings);
        if (settings.settingsOnly) {
            return;
        }
        Files.createDirectories(settings.dataDir);
        // Every run starts the shop afresh: a first start with the demo data, as the figures in the README were taken.
        deleteTree(settings.dataDir.resolve("shop"));
        List<String> options = new ArrayList<>(settings.jvmOptions);
        Path sqlLog = settings.dataDir.resolve("benchmark-sql.log");
        if (settings.countSql) {
            Files.deleteIfExists(sqlLog);
            Path config = settings.dataDir.resolve("benchmark-log4j.properties");
            Files.write(config, sqlLogConfig(sqlLog).getBytes(StandardCharsets.UTF_8));
            options.add("-Dlog4j.configuration=" + config.toUri());
        }
        DemoShopProcess shop = DemoShopProcess.startOn("page-benchmark", settings.sitePort, settings.adminPort,
                settings.hsqldbPort, settings.dataDir.resolve("shop"), options);
        System.out.println("The demo shop started in " + shop.startupMillis() + " ms (log: " + shop.log() + ")");
        try {
            StorefrontPageBenchmark benchmark = new StorefrontPageBenchmark(settings, shop);
            if (settings.countSql) {
                benchmark.countSql(sqlLog);
            } else {
                benchmark.run();
            }
        } finally {
            shop.stop();
        }
    }

    private List<Shopper> shoppers() {
        Shopper member = new Shopper("Gold member");
        signIn(member, "carol@example.com");
        Shopper nonMember = new Shopper("signed-in non-member");
        signIn(nonMember, "bob@example.com");
        Shopper guest = new Shopper("guest");
        guest.session.get(shop.siteUrl("/"));
        return List.of(member, nonMember, guest);
    }

    private Map<String, String> pages(Shopper guest) {
        String product = settings.product;
        if (product.isEmpty()) {
            Document listing = Jsoup.parse(guest.session.get(shop.siteUrl(settings.category)).body());
            Element link = listing.selectFirst("h3.product-name a[href]");
            if (link == null) {
                throw new IllegalStateException("No product on " + settings.category);
            }
            product = link.attr("href");
        }
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("category listing " + settings.category, settings.category);
        pages.put("product page " + product, product);
        return pages;
    }

    private void run() {
        List<Shopper> shoppers = shoppers();
        Shopper guest = shoppers.get(2);
        Map<String, String> pages = pages(guest);
        checkWhatEachShopperSees(shoppers, pages);
        for (int i = 0; i < settings.warmup; i++) {
            round(shoppers, pages, i, false);
        }
        if (!settings.jfr.isEmpty()) {
            jcmd("JFR.start", "name=pages", "settings=profile");
        }
        for (int i = 0; i < settings.requests; i++) {
            round(shoppers, pages, i, true);
        }
        if (!settings.jfr.isEmpty()) {
            jcmd("JFR.stop", "name=pages", "filename=" + Paths.get(settings.jfr).toAbsolutePath());
            System.out.println("The shop's flight recording of the measured requests: " + settings.jfr);
        }
        print(shoppers, pages);
    }

    /** Runs {@code jcmd} against the shop's JVM (a flight recording of the measured requests only). */
    private void jcmd(String... command) {
        List<String> line = new ArrayList<>();
        line.add(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(String.valueOf(shop.pid()));
        line.addAll(Arrays.asList(command));
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each page once for each shopper, starting with another shopper each round. */
    private void round(List<Shopper> shoppers, Map<String, String> pages, int round, boolean measured) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
            for (int s = 0; s < shoppers.size(); s++) {
                Shopper shopper = shoppers.get((round + s) % shoppers.size());
                long start = System.nanoTime();
                Page answer = shopper.session.get(shop.siteUrl(page.getValue()));
                long nanos = System.nanoTime() - start;
                if (answer.status() != 200) {
                    throw new IllegalStateException(shopper.name + ": " + page.getValue() + " answered " + answer);
                }
                if (measured) {
                    shopper.nanosByPage.computeIfAbsent(page.getKey(), k -> new ArrayList<>()).add(nanos);
                    shopper.bytesByPage.computeIfAbsent(page.getKey(), k -> new ArrayList<>())
                            .add((long) answer.body().getBytes(StandardCharsets.UTF_8).length);
                }
            }
        }
    }

    /** The member sees Gold prices, the others the regular price and the club's price to join for. */
    private void checkWhatEachShopperSees(List<Shopper> shoppers, Map<String, String> pages) {
        String product = new ArrayList<>(pages.values()).get(1);
        for (Shopper shopper : shoppers) {
            Document page = Jsoup.parse(shopper.session.get(shop.siteUrl(product)).body());
            boolean memberPriced = page.selectFirst("[data-member-price=true]") != null;
            boolean joinHint = page.selectFirst("[data-club-price=join]") != null;
            boolean member = shopper == shoppers.get(0);
            if (memberPriced != member || joinHint == member) {
                throw new IllegalStateException(shopper.name + " does not see the prices a " + shopper.name
                        + " sees on " + product + " (member price shown: " + memberPriced + ", join hint: "
                        + joinHint + "); pick a product with a member price (-Dbench.pages.product)");
            }
        }
    }

    private void print(List<Shopper> shoppers, Map<String, String> pages) {
        Shopper member = shoppers.get(0);
        Shopper nonMember = shoppers.get(1);
        Shopper guest = shoppers.get(2);
        System.out.println();
        System.out.println("Storefront pages over HTTP, " + settings.requests + " requests per shopper and page after "
                + settings.warmup + " warm-up rounds, the three shoppers alternating:");
        System.out.println();
        System.out.println("| page | shopper | median | p90 | p99 | median / guest's | page size |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String page : pages.keySet()) {
            double guestMedian = percentile(guest.nanosByPage.get(page), 50);
            for (Shopper shopper : shoppers) {
                List<Long> nanos = shopper.nanosByPage.get(page);
                double median = percentile(nanos, 50);
                System.out.println("| " + page + " | " + shopper.name + " | " + ms(median) + " | "
                        + ms(percentile(nanos, 90)) + " | " + ms(percentile(nanos, 99)) + " | "
                        + (shopper == guest ? "" : String.format(Locale.ROOT, "%.2f", median / guestMedian)) + " | "
                        + String.format(Locale.ROOT, "%.1f KB", percentile(shopper.bytesByPage.get(page), 50) / 1024.0)
                        + " |");
            }
        }
        System.out.println();
        for (String page : pages.keySet()) {
            double guestMedian = percentile(guest.nanosByPage.get(page), 50);
            System.out.println(String.format(Locale.ROOT, "%s: member/guest %.2f, non-member/guest %.2f", page,
                    percentile(member.nanosByPage.get(page), 50) / guestMedian,
                    percentile(nonMember.nanosByPage.get(page), 50) / guestMedian));
        }
    }

    /**
     * Each page a few times for each shopper, one request at a time, counting the lines the storefront's request
     * threads wrote to the SQL log during each request.
     */
    private void countSql(Path sqlLog) throws IOException, InterruptedException {
        List<Shopper> shoppers = shoppers();
        Map<String, String> pages = pages(shoppers.get(2));
        int times = Math.min(settings.requests, 10);
        for (int i = 0; i < Math.max(settings.warmup, 1); i++) {
            round(shoppers, pages, i, false);
        }
        System.out.println();
        System.out.println("SQL statements per request (Hibernate's SQL log of the request threads), median of "
                + times + " requests:");
        System.out.println();
        System.out.println("| page | shopper | statements per request |");
        System.out.println("|---|---|---|");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Map<String, Map<String, Integer>> statementsByShopper = new LinkedHashMap<>();
            for (Shopper shopper : shoppers) {
                List<Long> counts = new ArrayList<>();
                Map<String, Integer> last = null;
                for (int i = 0; i < times; i++) {
                    Thread.sleep(20);
                    long before = Files.size(sqlLog);
                    Page answer = shopper.session.get(shop.siteUrl(page.getValue()));
                    if (answer.status() != 200) {
                        throw new IllegalStateException(shopper.name + ": " + page.getValue() + " answered " + answer);
                    }
                    Thread.sleep(20);
                    last = statements(sqlLog, before);
                    counts.add((long) last.values().stream().mapToInt(Integer::intValue).sum());
                }
                statementsByShopper.put(shopper.name, last);
                System.out.println("| " + page.getKey() + " | " + shopper.name + " | "
                        + (long) percentile(counts, 50) + " (each request: " + counts + ") |");
            }
            Map<String, Integer> member = statementsByShopper.get(shoppers.get(0).name);
            Map<String, Integer> guest = statementsByShopper.get(shoppers.get(2).name);
            System.out.println();
            System.out.println("  " + page.getKey() + ": what the member's last request ran more than the guest's:");
            for (Map.Entry<String, Integer> statement : member.entrySet()) {
                int more = statement.getValue() - guest.getOrDefault(statement.getKey(), 0);
                if (more > 0) {
                    System.out.println("    " + more + " x " + statement.getKey());
                }
            }
            System.out.println();
        }
    }

    /** The statements the request threads logged after {@code offset}, shortened, with how often each ran. */
    private static Map<String, Integer> statements(Path sqlLog, long offset) throws IOException {
        byte[] all = Files.readAllBytes(sqlLog);
        String added = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : added.split("\n")) {
            if (!line.startsWith("http-")) {
                continue;
            }
            String sql = line.substring(line.indexOf(' ') + 1).replaceAll("\\s+", " ").trim();
            String shortened = sql.length() > 160 ? sql.substring(0, 160) + "..." : sql;
            counts.merge(shortened, 1, Integer::sum);
        }
        return counts;
    }

    /** Log4j's configuration for a counting run: the demo's usual output, and Hibernate's SQL with the thread. */
    private static String sqlLogConfig(Path sqlLog) {
        return String.join("\n",
                "log4j.rootLogger=WARN, console",
                "log4j.appender.console=org.apache.log4j.ConsoleAppender",
                "log4j.appender.console.layout=org.apache.log4j.PatternLayout",
                "log4j.appender.console.layout.ConversionPattern=%d{HH:mm:ss} %-5p [${demo.app}] %c{1} - %m%n",
                "log4j.logger.org.hibernate.tool.hbm2ddl=FATAL",
                "log4j.logger.io.loyaltyclub=INFO",
                "log4j.logger.org.hibernate.SQL=DEBUG, sql",
                "log4j.additivity.org.hibernate.SQL=false",
                "log4j.appender.sql=org.apache.log4j.FileAppender",
                "log4j.appender.sql.File=" + sqlLog,
                "log4j.appender.sql.layout=org.apache.log4j.PatternLayout",
                "log4j.appender.sql.layout.ConversionPattern=%t %m%n", "");
    }

    /** Signs in through the sign-in form as a browser does: the form's own fields, the shopper's address and password. */
    private void signIn(Shopper shopper, String email) {
        Page login = shopper.session.get(shop.siteUrl("/login"));
        Element form = Jsoup.parse(login.body(), login.url()).selectFirst("form:has(input[name=j_username])");
        if (form == null) {
            throw new IllegalStateException("No sign-in form on " + login);
        }
        List<String> fields = new ArrayList<>();
        for (Element input : form.select("input[name]")) {
            String name = input.attr("name");
            fields.add(name);
            fields.add(name.equals("j_username") ? email : name.equals("j_password") ? "shopper" : input.val());
        }
        Page signedIn = shopper.session.post(form.absUrl("action"), fields.toArray(new String[0]));
        if (signedIn.url().contains("/login")) {
            throw new IllegalStateException(email + " could not sign in: " + signedIn);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    static double percentile(List<Long> values, double percent) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1_000_000.0);
    }
}
