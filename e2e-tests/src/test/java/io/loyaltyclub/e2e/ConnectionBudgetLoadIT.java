package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One storefront node of the demo on PostgreSQL with the demo's default pool (20 connections, Tomcat's 64 threads),
 * loaded over HTTP as partners and shoppers load it: 64 partner-API redeems at once, 64 earns at once, 250
 * idempotency keys each sent 3 to 5 times at once, and 16 checkouts paying with points at once. Every answer is
 * 201, 200 or 409 (never a 5xx: no request waits for a database connection), and each member's balance is the sum
 * of their ledger. Also measures what one API earn costs in PostgreSQL's own statistics ({@code pg_stat_database}).
 *
 * <p>The demo gets a database of its own ({@code -Ddemo.jdbc.url}), dropped at the end. Runs with
 * {@code -De2e.demo.db=postgres} (the PostgreSQL part of {@code .ci/run}).
 */
@EnabledIfSystemProperty(named = "e2e.demo.db", matches = "postgres(ql)?")
class ConnectionBudgetLoadIT {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String KEY = PartnerApiIT.DEMO_KEY;
    private static final int MEMBERS = 16;
    private static final Pattern ENTRY = Pattern.compile("\\{\"id\":(\\d+),\"type\":\"[A-Z_]+\",\"points\":(-?\\d+)");

    private static String database;
    private static DemoShopProcess shop;
    private static HttpClient http;
    private static ExecutorService clients;
    private static Connection statistics;

    @BeforeAll
    static void aDemoNodeOnItsOwnDatabase() {
        database = "loyalty_demo_load_" + Long.toString(System.currentTimeMillis(), 36);
        shop = DemoShopProcess.startNew("load", List.of("-Ddemo.jdbc.url=" + SERVER + database));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        clients = Executors.newFixedThreadPool(64);
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        clients.shutdownNow();
        if (shop != null) {
            shop.stop();
        }
        stats();
        try (Statement s = statistics.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } finally {
            statistics.close();
        }
    }

    @Test
    void sixty_four_redeems_at_once_answer_201_or_409_and_every_balance_is_its_ledger() throws Exception {
        List<Long> members = members("redeem", MEMBERS);

        // Each member has the 100 welcome points: of their four redemptions of 100, one is taken, three are refused.
        List<Answer> answers = sixtyFourAtOnce(members, "redeem", "{\"points\": 100, \"reason\": \"At once\"}");

        assertThat(statuses(answers)).as("answers by status").containsOnlyKeys(201, 409)
                .containsEntry(201, MEMBERS).containsEntry(409, 64 - MEMBERS);
        for (long member : members) {
            assertThat(available(member)).isZero();
            assertBalanceIsTheLedger(member);
        }
    }

    @Test
    void sixty_four_earns_at_once_answer_201_and_every_balance_is_its_ledger() throws Exception {
        List<Long> members = members("earn", MEMBERS);

        List<Answer> answers = sixtyFourAtOnce(members, "earn", "{\"points\": 25, \"reason\": \"At once\"}");

        assertThat(statuses(answers)).as("answers by status").containsOnlyKeys(201).containsEntry(201, 64);
        for (long member : members) {
            assertThat(summary(member).number("pending")).isEqualTo(4 * 25);
            assertBalanceIsTheLedger(member);
        }
    }

    @Test
    void two_hundred_fifty_keys_each_sent_three_to_five_times_at_once_post_once_each() throws Exception {
        List<Long> members = members("retry", MEMBERS);

        List<Callable<Answer>> requests = new ArrayList<>();
        Map<String, Integer> copies = new HashMap<>();
        for (int k = 0; k < 250; k++) {
            long customer = members.get(k % MEMBERS);
            String key = "retry-" + customer + "-" + k;
            int times = 3 + k % 3;
            copies.put(key, times);
            for (int copy = 0; copy < times; copy++) {
                requests.add(() -> post("/members/" + customer + "/earn", key, "{\"points\": 3, \"reason\": \"Retried\"}"));
            }
        }
        List<Answer> answers = atOnce(requests);

        assertThat(answers).hasSize(copies.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(statuses(answers).keySet()).as("answers by status").isSubsetOf(200, 201, 409);
        Map<String, List<Answer>> byKey = new HashMap<>();
        for (Answer answer : answers) {
            byKey.computeIfAbsent(answer.idempotencyKey, k -> new ArrayList<>()).add(answer);
        }
        for (Map.Entry<String, List<Answer>> key : byKey.entrySet()) {
            List<Answer> same = key.getValue();
            assertThat(same.stream().filter(a -> a.status == 201)).as("posted once: " + key.getKey()).hasSize(1);
            String first = same.stream().filter(a -> a.status == 201).findFirst().orElseThrow().body;
            for (Answer answer : same) {
                if (answer.status == 200) {
                    assertThat(answer.body).as("a retry gets the first answer").isEqualTo(first);
                }
            }
        }
        long total = 0;
        for (long member : members) {
            long pending = summary(member).number("pending");
            total += pending;
            assertBalanceIsTheLedger(member);
        }
        assertThat(total).as("every key posted exactly once").isEqualTo(250 * 3);
    }

    @Test
    void sixteen_checkouts_paying_with_points_at_once_all_place_their_order() throws Exception {
        List<Storefront> shoppers = new ArrayList<>();
        List<Page> checkouts = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Storefront shopper = new Storefront(shop, new WebSession());
            String email = "load.checkout." + i + "." + System.nanoTime() + "@example.com";
            shopper.register("Lena", email);
            String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
            assertThat(shopper.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true").url())
                    .endsWith("/account/loyalty");
            shopper.addToCart(shopper.firstProductPath(), 2);
            Page checkout = shopper.fillCheckout(email);
            String cartId = checkout.find("name=\"cartId\" value=\"(\\d+)\"");
            Page applied = shopper.post("/loyalty/checkout/points", "cartId", cartId, "points", "100");
            assertThat(applied.body()).contains("data-applied=\"points\"");
            shoppers.add(shopper);
            checkouts.add(applied);
            emails.add(email);
        }

        List<Callable<Page>> orders = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Storefront shopper = shoppers.get(i);
            Page checkout = checkouts.get(i);
            orders.add(() -> shopper.placeOrder(checkout));
        }
        List<Page> placed = atOnce(orders);

        for (Page confirmation : placed) {
            assertThat(confirmation.status()).as(confirmation.url()).isEqualTo(200);
            assertThat(confirmation.url()).contains("/confirmation/");
            assertThat(confirmation.body()).contains("Paid with points");
        }
        for (String email : emails) {
            long customer = get("/members?email=" + email).number("customerId");
            assertThat(available(customer)).as("the 100 welcome points paid for the order").isZero();
            assertBalanceIsTheLedger(customer);
        }
    }

    /**
     * One API earn in PostgreSQL's own counters (transactions committed, rows inserted, updated and fetched in the
     * demo's database), less what the idle shop does in as long a time (the programme refresh, the admin's pages).
     */
    @Test
    void an_api_earn_is_one_transaction() throws Exception {
        List<Long> members = members("stats", 8);
        int earns = 200;
        for (int i = 0; i < 20; i++) {
            assertThat(post("/members/" + members.get(i % 8) + "/earn", "warm-" + i, "{\"points\": 1, \"reason\": \"Warm-up\"}").status).isEqualTo(201);
        }

        // The idle shop's own transactions (each app reads the programme settings again every 2 s) are measured over
        // 10 s and taken off in proportion.
        long[] idleStart = settledStats();
        long idleFrom = System.nanoTime();
        Thread.sleep(10_000);
        long[] start = stats();
        long from = System.nanoTime();
        for (int i = 0; i < earns; i++) {
            Answer answer = post("/members/" + members.get(i % 8) + "/earn", "stats-" + i, "{\"points\": 2, \"reason\": \"Stats\"}");
            assertThat(answer.status).as(answer.body).isEqualTo(201);
        }
        long[] end = settledStats();
        long nanos = System.nanoTime() - from;
        long[] idleEnd = start;
        long idleNanos = from - idleFrom;

        String[] names = {"commits", "inserts", "updates", "rows fetched"};
        double[] perEarn = new double[4];
        StringBuilder report = new StringBuilder("One partner-API earn in pg_stat_database (" + earns + " earns):");
        for (int i = 0; i < 4; i++) {
            double idle = (idleEnd[i] - idleStart[i]) * (double) nanos / idleNanos;
            perEarn[i] = ((end[i] - start[i]) - idle) / earns;
            report.append(String.format(" %s %.2f;", names[i], perEarn[i]));
        }
        System.out.println(report);
        // One transaction per earn read 1.08, then 1.31-1.32 with three refresher threads (a commit each every 2 s) and
        // HikariCP's check of a connection idle for half a second; 1.23 with the one refresher thread, and 1.08 again
        // with it and the demo's DBCP pools (CI, 2026-12-04). A second transaction per request reads 2 or more (4.1
        // before): 1.3 leaves room for the refresher's commit a second and the id segments, not for a second one.
        assertThat(perEarn[0]).as("commits per earn: one transaction per request").isLessThan(1.3);
    }

    /**
     * The demo database's counters once nothing has been inserted or updated for 11 s: an idle backend reports its
     * counts within PostgreSQL's idle statistics interval (10 s), a busy one at most every second.
     */
    private static long[] settledStats() throws Exception {
        long[] last = stats();
        long stableSince = System.nanoTime();
        long giveUpAt = stableSince + 60_000_000_000L;
        while (System.nanoTime() - stableSince < 11_000_000_000L && System.nanoTime() < giveUpAt) {
            Thread.sleep(1_000);
            long[] now = stats();
            if (now[1] != last[1] || now[2] != last[2]) {
                stableSince = System.nanoTime();
            }
            last = now;
        }
        return last;
    }

    private static long[] stats() throws SQLException {
        if (statistics == null || statistics.isClosed()) {
            // One connection for all readings (the server is shared: a full one is waited for, a minute at most).
            statistics = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> DriverManager.getConnection(SERVER + "postgres", "postgres", ""), c -> c != null);
        }
        try (Statement s = statistics.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = s.executeQuery("SELECT xact_commit, tup_inserted, tup_updated, tup_fetched "
                    + "FROM pg_stat_database WHERE datname = '" + database + "'")) {
                return rs.next() ? new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)} : new long[4];
            }
        }
    }

    /** New shoppers registered in the storefront and enrolled through the API, each with the 100 welcome points. */
    private List<Long> members(String name, int count) {
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "load." + name + "." + i + "." + System.nanoTime() + "@example.com";
            Storefront shopper = new Storefront(shop, new WebSession());
            shopper.register("Lou", email);
            String terms = shopper.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]+)\"");
            long customer = get("/members?email=" + email).number("customerId");
            Answer enrolled = post("/members/" + customer + "/enrolment", "join-" + customer,
                    "{\"acceptTerms\": true, \"termsVersion\": \"" + terms + "\"}");
            assertThat(enrolled.status).as(enrolled.body).isEqualTo(201);
            members.add(customer);
        }
        return members;
    }

    /** 64 POSTs of {@code body} to {@code /members/{id}/action}, spread over the members, each with its own key, at once. */
    private static List<Answer> sixtyFourAtOnce(List<Long> members, String action, String body) throws Exception {
        List<Callable<Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            long customer = members.get(i % members.size());
            String key = action + "-" + customer + "-" + i;
            requests.add(() -> post("/members/" + customer + "/" + action, key, body));
        }
        return atOnce(requests);
    }

    /** Runs every task at once on the 64 client threads; each waits at most two minutes. */
    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(clients.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    private static Map<Integer, Integer> statuses(List<Answer> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Answer answer : answers) {
            counts.merge(answer.status, 1, Integer::sum);
        }
        return counts;
    }

    private static long available(long customer) {
        return summary(customer).number("available");
    }

    private static Answer summary(long customer) {
        Answer summary = get("/members/" + customer);
        assertThat(summary.status).as(summary.body).isEqualTo(200);
        return summary;
    }

    /**
     * available + pending - debt equals the sum of every ledger entry, read page by page through the API. An order's
     * points are credited by the club's worker right after its checkout, so an earning may land between the two reads:
     * they are read again (up to 30 s) until they agree; a balance that never equals its ledger still fails.
     */
    private static void assertBalanceIsTheLedger(long customer) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertBalanceIsTheLedgerNow(customer));
    }

    private static void assertBalanceIsTheLedgerNow(long customer) {
        Answer summary = summary(customer);
        long sum = 0;
        String before = null;
        while (true) {
            Answer page = get("/members/" + customer + "/ledger?limit=100" + (before == null ? "" : "&before=" + before));
            assertThat(page.status).as(page.body).isEqualTo(200);
            Matcher entry = ENTRY.matcher(page.body);
            int entries = 0;
            while (entry.find()) {
                sum += Long.parseLong(entry.group(2));
                before = entry.group(1);
                entries++;
            }
            if (entries < 100) {
                break;
            }
        }
        assertThat(summary.number("available") + summary.number("pending") - summary.number("debt"))
                .as("customer " + customer + ": balance = the sum of the ledger").isEqualTo(sum);
    }

    private static Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(shop.siteUrl("/api/loyalty/v1" + path))).GET(), null);
    }

    private static Answer post(String path, String idempotencyKey, String body) {
        return send(HttpRequest.newBuilder(URI.create(shop.siteUrl("/api/loyalty/v1" + path)))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)), idempotencyKey);
    }

    private static Answer send(HttpRequest.Builder request, String idempotencyKey) {
        try {
            HttpResponse<String> response = http.send(request.header("X-Api-Key", KEY).timeout(Duration.ofSeconds(90))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(idempotencyKey, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An API answer: its status, its body, and the idempotency key it was sent with. */
    private static final class Answer {
        final String idempotencyKey;
        final int status;
        final String body;

        Answer(String idempotencyKey, int status, String body) {
            this.idempotencyKey = idempotencyKey;
            this.status = status;
            this.body = body;
        }

        long number(String field) {
            Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(body);
            assertThat(m.find()).as(field + " in " + body).isTrue();
            return Long.parseLong(m.group(1));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
