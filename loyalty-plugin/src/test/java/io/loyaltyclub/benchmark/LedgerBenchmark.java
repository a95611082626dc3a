package io.loyaltyclub.benchmark;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ledger benchmark: postings per second through {@link LoyaltyLedgerService} (one thread, and several threads
 * on different members) and the median and p99 time of a member's balance read, as the ledger grows to one million
 * entries and more. Meant for PostgreSQL (the pom's benchmark profile runs it there):
 *
 * <pre>  ./mvnw -q -Pbenchmark -pl loyalty-plugin -am verify -DskipTests</pre>
 *
 * <p>Postings go to members of their own (earnings available at once, then spendings of part of them). Balances are
 * read from other members, whose history is made through the service once and then stays as it is (15 earnings,
 * 10 spendings, about ten lots open), so that only the ledger's size changes from stage to stage. The ledger is grown
 * between the stages by further members' history, written with SQL in bulk: 40 entries per member (30 earnings,
 * each with its lot, 20 of them spent, and 10 spendings), the shape of a member after a few years.
 *
 * <p>In the same run: the limit of the database on this machine, pgbench running one INSERT of an entry with a unique
 * key and one UPDATE of an account row per transaction, alternating with the ledger's postings from 1 and 8 threads
 * (the ratio printed); and balance reads of members with 1, 100, 1,000 and 10,000 open lots.
 *
 * <p>Options (system properties): bench.ledger.sizes (10000,100000,1000000), bench.ledger.postings (2000),
 * bench.ledger.threads (8), bench.ledger.reads (3000), bench.ledger.limitRounds (3),
 * bench.ledger.pgbenchSeconds (5), bench.ledger.openLots (1,100,1000,10000), bench.ledger.lotReads (2000),
 * loyalty.test.db (postgres in the profile).
 */
public final class LedgerBenchmark {

    /** Identifiers of the bulk-written history start here, far above what the id generator hands out in a run. */
    private static final long BULK_ID_BASE = 100_000_000L;
    private static final int ENTRIES_PER_BULK_MEMBER = 40;
    private static final int LOTS_PER_BULK_MEMBER = 30;
    private static final int MEASURED_MEMBERS = 64;

    private final BroadleafHarness broadleaf;
    private final LoyaltyLedgerService ledger;
    private final List<Long> members = new ArrayList<Long>();
    private final List<Long> readers = new ArrayList<Long>();
    private final Random random = new Random(42);
    private long bulkMembers;
    private long postings;
    private final List<String> limitRows = new ArrayList<String>();
    private String profileLine = "";
    private final List<String> lotRows = new ArrayList<String>();
    private final int limitRounds = Integer.getInteger("bench.ledger.limitRounds", 3);
    private final int lotReads = Integer.getInteger("bench.ledger.lotReads", 2000);

    private LedgerBenchmark(BroadleafHarness broadleaf) {
        this.broadleaf = broadleaf;
        this.ledger = broadleaf.club().ledger();
    }

    public static void main(String[] args) throws Exception {
        BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
        LedgerBenchmark benchmark = new LedgerBenchmark(broadleaf);
        List<String> rows = new ArrayList<String>();
        try {
            benchmark.run(rows);
        } finally {
            System.out.println();
            System.out.println("Ledger benchmark (" + broadleaf.database().kind() + ", "
                    + Integer.getInteger("bench.ledger.postings", 2000) + " postings per thread count, "
                    + Integer.getInteger("bench.ledger.reads", 3000) + " balance reads per stage)");
            System.out.println(String.format(Locale.ROOT, "  %12s %16s %20s %16s %14s", "entries", "postings/s (1)",
                    "postings/s (" + Integer.getInteger("bench.ledger.threads", 8) + " thr.)", "read median ms",
                    "read p99 ms"));
            for (String row : rows) {
                System.out.println(row);
            }
            System.out.println();
            System.out.println("Ledger postings against pgbench (one INSERT of an entry with a unique key and one UPDATE of"
                    + " an account row per transaction), alternating, medians of " + benchmark.limitRounds + " rounds");
            System.out.println(String.format(Locale.ROOT, "  %8s %12s %14s %8s", "threads", "postings/s",
                    "pgbench tps", "ratio"));
            for (String row : benchmark.limitRows) {
                System.out.println(row);
            }
            System.out.println(benchmark.profileLine);
            System.out.println();
            System.out.println("Balance reads by a member's open lots (" + benchmark.lotReads + " reads each; the"
                    + " balance worked out from the lots, as before, for comparison)");
            System.out.println(String.format(Locale.ROOT, "  %10s %12s %12s %18s %18s", "open lots", "median ms",
                    "p99 ms", "from lots median", "from lots p99"));
            for (String row : benchmark.lotRows) {
                System.out.println(row);
            }
        }
        System.exit(0);
    }

    private void run(List<String> rows) throws Exception {
        Club club = broadleaf.club();
        club.reset();
        for (int i = 0; i < MEASURED_MEMBERS; i++) {
            members.add(club.newMember("ledger-bench-" + i).getId());
            long reader = club.newMember("ledger-reader-" + i).getId();
            readers.add(reader);
            Instant now = Instant.now();
            for (int n = 0; n < 15; n++) {
                ledger.earn(reader, 100, now, now.plus(Duration.ofDays(300 + n)), EntrySource.of(EntryReason.PARTNER),
                        "reader:" + reader + ":earn:" + n);
                if (n < 10) {
                    ledger.redeem(reader, 60, EntrySource.of(EntryReason.ORDER_PAYMENT), "reader:" + reader + ":spend:" + n);
                }
            }
        }
        int postingsPerRun = Integer.getInteger("bench.ledger.postings", 2000);
        int threads = Integer.getInteger("bench.ledger.threads", 8);
        int reads = Integer.getInteger("bench.ledger.reads", 3000);
        post(1, postingsPerRun / 4); // warm-up of the posting path
        profile(postingsPerRun / 2);
        againstPgbench(postingsPerRun, threads);
        readsByOpenLots();
        for (String size : System.getProperty("bench.ledger.sizes", "10000,100000,1000000").split(",")) {
            long target = Long.parseLong(size.trim());
            growTo(target);
            double single = post(1, postingsPerRun);
            double parallel = post(threads, postingsPerRun);
            long[] read = readBalances(reads);
            String row = String.format(Locale.ROOT, "  %12d %16.0f %20.0f %16.3f %14.3f", countEntries(), single,
                    parallel, read[0] / 1e6, read[1] / 1e6);
            rows.add(row);
            System.out.println("LEDGER-BENCHMARK-RESULT" + row);
        }
    }

    /**
     * What one posting costs the database, from PostgreSQL's own statistics before and after {@code count} postings
     * from one thread: commits, rows inserted, updated and deleted, and index and table scans (about one per query)
     * in the ledger's tables.
     */
    private void profile(int count) throws Exception {
        long[] before = statistics();
        post(1, count);
        long[] after = statistics();
        String[] names = {"commits", "inserts", "updates", "deletes", "index scans", "table scans"};
        StringBuilder line = new StringBuilder("Per posting (PostgreSQL statistics over " + count + " postings):");
        for (int i = 0; i < names.length; i++) {
            line.append(String.format(Locale.ROOT, " %s %.2f,", names[i], (after[i] - before[i]) / (double) count));
        }
        profileLine = line.substring(0, line.length() - 1);
        System.out.println("LEDGER-PROFILE " + profileLine);
    }

    private long[] statistics() throws Exception {
        Thread.sleep(1500); // PostgreSQL publishes a backend's counters at most once a second
        try (Connection connection = broadleaf.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("SELECT pg_stat_clear_snapshot()");
            long[] values = new long[6];
            try (ResultSet row = sql.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                row.next();
                values[0] = row.getLong(1);
            }
            try (ResultSet row = sql.executeQuery("SELECT sum(n_tup_ins), sum(n_tup_upd), sum(n_tup_del),"
                    + " sum(coalesce(idx_scan, 0)), sum(seq_scan) FROM pg_stat_user_tables WHERE relname LIKE 'loyalty_%'")) {
                row.next();
                for (int i = 0; i < 5; i++) {
                    values[i + 1] = row.getLong(i + 1);
                }
            }
            return values;
        }
    }

    /**
     * The limit the database sets on this machine, measured in the same run: pgbench running one INSERT of an entry
     * with a unique key and one UPDATE of an account row per transaction, from 1 client and from {@code threads}
     * clients, alternating with the ledger's postings from as many threads, round by round.
     */
    private void againstPgbench(int postingsPerRun, int threads) throws Exception {
        String database;
        try (Connection connection = broadleaf.database().connect(); Statement sql = connection.createStatement()) {
            database = connection.getCatalog();
            sql.execute("CREATE TABLE BENCH_ACCOUNT (ID bigint PRIMARY KEY, POSTINGS bigint NOT NULL)");
            sql.execute("CREATE TABLE BENCH_ENTRY (ID bigserial PRIMARY KEY, ACCOUNT_ID bigint NOT NULL,"
                    + " IDEMPOTENCY_KEY varchar(200) NOT NULL UNIQUE, POINTS bigint NOT NULL, CREATED_AT timestamp NOT NULL)");
            sql.execute("INSERT INTO BENCH_ACCOUNT SELECT g, 0 FROM generate_series(0, 1023) g");
        }
        java.nio.file.Path script = java.nio.file.Files.createTempFile("ledger-pgbench", ".sql");
        java.nio.file.Files.write(script, java.util.Arrays.asList(
                "\\set account :client_id * 16 + random(0, 15)",
                "BEGIN;",
                "INSERT INTO BENCH_ENTRY (ACCOUNT_ID, IDEMPOTENCY_KEY, POINTS, CREATED_AT)"
                        + " VALUES (:account, 'pgbench:' || :client_id || ':' || md5(random()::text || clock_timestamp()::text), 10, now());",
                "UPDATE BENCH_ACCOUNT SET POSTINGS = POSTINGS + 1 WHERE ID = :account;",
                "END;"), java.nio.charset.StandardCharsets.UTF_8);
        int seconds = Integer.getInteger("bench.ledger.pgbenchSeconds", 5);
        int[] counts = {1, threads};
        List<List<Double>> ledgerRates = new ArrayList<List<Double>>();
        List<List<Double>> pgbenchRates = new ArrayList<List<Double>>();
        List<List<Double>> ratios = new ArrayList<List<Double>>();
        for (int c = 0; c < counts.length; c++) {
            ledgerRates.add(new ArrayList<Double>());
            pgbenchRates.add(new ArrayList<Double>());
            ratios.add(new ArrayList<Double>());
        }
        for (int round = 0; round < limitRounds; round++) {
            for (int c = 0; c < counts.length; c++) {
                double ledgerRate = post(counts[c], postingsPerRun);
                double tps = pgbench(database, script.toString(), counts[c], seconds);
                ledgerRates.get(c).add(ledgerRate);
                pgbenchRates.get(c).add(tps);
                ratios.get(c).add(ledgerRate / tps);
                System.out.println(String.format(Locale.ROOT, "LEDGER-PGBENCH round %d, %d thread(s): %.0f postings/s,"
                        + " pgbench %.0f tps, ratio %.2f", round + 1, counts[c], ledgerRate, tps, ledgerRate / tps));
            }
        }
        for (int c = 0; c < counts.length; c++) {
            limitRows.add(String.format(Locale.ROOT, "  %8d %12.0f %14.0f %8.2f", counts[c], median(ledgerRates.get(c)),
                    median(pgbenchRates.get(c)), median(ratios.get(c))));
        }
        java.nio.file.Files.delete(script);
    }

    private static double pgbench(String database, String script, int clients, int seconds) throws Exception {
        ProcessBuilder command = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared",
                "-f", script, "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T", String.valueOf(seconds),
                database).redirectErrorStream(true);
        Process process = command.start();
        String output = new String(readAll(process.getInputStream()), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([0-9.]+) \\(without initial").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("No tps in pgbench's output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static byte[] readAll(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<Double>(values);
        java.util.Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Balance reads of members with 1, 100, 1,000 and 10,000 open lots (-Dbench.ledger.openLots): half pending, each
     * with its own moment in the next 14 days (a partner that posts each purchase), half available, expiring at the
     * start of days over the next two years. Written with SQL in bulk, lots and their earnings, without a kept balance
     * (as an account from before the ledger kept one): the first read builds it, and is timed on its own.
     */
    private void readsByOpenLots() throws SQLException {
        Club club = broadleaf.club();
        club.configure(p -> p.setWelcomeBonusPoints(0L)); // no lot but the ones written here
        long lotId = 900_000_000L;
        for (String size : System.getProperty("bench.ledger.openLots", "1,100,1000,10000").split(",")) {
            int lots = Integer.parseInt(size.trim());
            long account = club.newMember("ledger-lots-" + lots).getId();
            try (Connection connection = broadleaf.database().connect(); Statement sql = connection.createStatement()) {
                String series = "generate_series(0, " + (lots - 1) + ") k";
                sql.execute("INSERT INTO LOYALTY_POINTS_LOT (POINTS_LOT_ID, ACCOUNT_ID, POINTS, REMAINING, REVERSED,"
                        + " EXPIRED_POINTS, AVAILABLE_AT, EXPIRES_AT, STATE) SELECT " + lotId + " + k, " + account + ", 10, 10,"
                        + " 0, 0, CASE WHEN k % 2 = 0 THEN now() + interval '1 hour' + k * interval '1 minute' * 20160 / "
                        + lots + " ELSE now() - interval '1 day' END,"
                        + " date_trunc('day', now()) + interval '1 day' + (k % 700) * interval '1 day' + interval '730 days' * (1 - k % 2),"
                        + " CASE WHEN k % 2 = 0 THEN 'PENDING' ELSE 'ACTIVE' END FROM " + series);
                sql.execute("INSERT INTO LOYALTY_LEDGER_ENTRY (LEDGER_ENTRY_ID, ACCOUNT_ID, ACCOUNT_SEQ, ENTRY_TYPE, POINTS,"
                        + " REASON, IDEMPOTENCY_KEY, CREATED_AT, AVAILABLE_AT, EXPIRES_AT, LOT_ID) SELECT l.POINTS_LOT_ID,"
                        + " l.ACCOUNT_ID, l.POINTS_LOT_ID - " + lotId + " + 1, 'EARN', 10, 'PARTNER', 'lots:' || l.POINTS_LOT_ID,"
                        + " now(), l.AVAILABLE_AT, l.EXPIRES_AT, l.POINTS_LOT_ID FROM LOYALTY_POINTS_LOT l WHERE l.ACCOUNT_ID = "
                        + account + " AND l.POINTS_LOT_ID >= " + lotId);
                sql.execute("UPDATE LOYALTY_ACCOUNT SET POSTINGS = " + lots + " WHERE LOYALTY_ACCOUNT_ID = " + account);
                sql.execute("VACUUM ANALYZE LOYALTY_POINTS_LOT");
            }
            lotId += lots;
            long start = System.nanoTime();
            ledger.balance(account);
            long firstTouch = System.nanoTime() - start;
            try (Connection connection = broadleaf.database().connect(); Statement sql = connection.createStatement()) {
                sql.execute("VACUUM ANALYZE LOYALTY_POINTS_DUE");
            }
            long[] kept = time(account, lotReads, false);
            long[] fromLots = time(account, Math.max(20, lotReads / 10), true);
            String row = String.format(Locale.ROOT, "  %10d %12.3f %12.3f %18.3f %18.3f", lots, kept[0] / 1e6,
                    kept[1] / 1e6, fromLots[0] / 1e6, fromLots[1] / 1e6);
            lotRows.add(row);
            System.out.println("LEDGER-LOTS-RESULT" + row + String.format(Locale.ROOT, " (first touch %.1f ms)",
                    firstTouch / 1e6));
        }
        club.configure(p -> p.setWelcomeBonusPoints(100L));
    }

    /** Median and p99 in nanoseconds of {@code reads} balance reads of one member, after a warm-up of a tenth. */
    private long[] time(long account, int reads, boolean fromLots) {
        List<Long> times = new ArrayList<Long>();
        for (int i = 0; i < reads / 10 + reads; i++) {
            long start = System.nanoTime();
            if (fromLots) {
                ledger.balanceFromLots(account, Instant.now());
            } else {
                ledger.balance(account);
            }
            long took = System.nanoTime() - start;
            if (i >= reads / 10) {
                times.add(took);
            }
        }
        return new long[] {BenchmarkRun.percentile(times, 50), BenchmarkRun.percentile(times, 99)};
    }

    /**
     * Posts {@code count} times in all from {@code threads} threads, each on members of its own: an earning available
     * at once, then a spending of part of it, alternately. Returns the postings per second.
     */
    private double post(final int threads, final int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        final long run = ++postings;
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            done.add(pool.submit(new Runnable() {
                @Override
                public void run() {
                    for (int i = thread; i < count; i += threads) {
                        // Turn j of this thread: an earning (even j), then a spending from the same member (odd j).
                        int j = i / threads;
                        long account = members.get((thread + threads * (j / 2)) % MEASURED_MEMBERS);
                        String key = "bench:" + run + ":" + i;
                        if (j % 2 == 0) {
                            Instant now = Instant.now();
                            ledger.earn(account, 10, now, now.plus(Duration.ofDays(700)),
                                    EntrySource.of(EntryReason.PARTNER), key);
                        } else {
                            ledger.redeem(account, 5, EntrySource.of(EntryReason.ORDER_PAYMENT), key);
                        }
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Median and p99 in nanoseconds of reading a member's balance (after a warm-up of a tenth). */
    private long[] readBalances(int reads) {
        List<Long> times = new ArrayList<Long>();
        for (int i = 0; i < reads / 10 + reads; i++) {
            long account = readers.get(random.nextInt(readers.size()));
            long start = System.nanoTime();
            ledger.balance(account);
            long took = System.nanoTime() - start;
            if (i >= reads / 10) {
                times.add(took);
            }
        }
        return new long[] {BenchmarkRun.percentile(times, 50), BenchmarkRun.percentile(times, 99)};
    }

    /** Writes other members' history in bulk until the ledger holds at least {@code target} entries. */
    private void growTo(long target) throws SQLException {
        long missing = target - countEntries();
        if (missing <= 0) {
            return;
        }
        long from = bulkMembers;
        long to = from + (missing + ENTRIES_PER_BULK_MEMBER - 1) / ENTRIES_PER_BULK_MEMBER - 1;
        bulkMembers = to + 1;
        if (!broadleaf.database().isPostgres()) {
            throw new IllegalStateException("The ledger benchmark writes its bulk history with PostgreSQL's "
                    + "generate_series; run it with -Dloyalty.test.db=postgres");
        }
        String series = "generate_series(" + from + ", " + to + ")";
        try (Connection connection = broadleaf.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO LOYALTY_ACCOUNT (LOYALTY_ACCOUNT_ID, CUSTOMER_ID, STATUS, JOINED_AT, TERMS_VERSION,"
                    + " MARKETING_CONSENT, DEBT, POSTINGS) SELECT " + BULK_ID_BASE + " + g, " + BULK_ID_BASE + " + g,"
                    + " 'ACTIVE', now() - interval '3 years', '1', false, 0, " + ENTRIES_PER_BULK_MEMBER
                    + " FROM " + series + " g");
            // 30 lots of 100 points: the first 20 spent, the last 10 available.
            sql.execute("INSERT INTO LOYALTY_POINTS_LOT (POINTS_LOT_ID, ACCOUNT_ID, POINTS, REMAINING, REVERSED,"
                    + " EXPIRED_POINTS, AVAILABLE_AT, EXPIRES_AT, STATE) SELECT "
                    + BULK_ID_BASE + " + g * " + LOTS_PER_BULK_MEMBER + " + k, " + BULK_ID_BASE + " + g, 100,"
                    + " CASE WHEN k < 20 THEN 0 ELSE 100 END, 0, 0, now() - interval '1 year' + k * interval '1 day',"
                    + " now() + interval '1 year' + k * interval '1 day', CASE WHEN k < 20 THEN 'CLOSED' ELSE 'ACTIVE' END"
                    + " FROM " + series + " g, generate_series(0, " + (LOTS_PER_BULK_MEMBER - 1) + ") k");
            // 40 entries: the 30 earnings of those lots, then 10 spendings of 200 points.
            sql.execute("INSERT INTO LOYALTY_LEDGER_ENTRY (LEDGER_ENTRY_ID, ACCOUNT_ID, ACCOUNT_SEQ, ENTRY_TYPE, POINTS,"
                    + " REASON, REFERENCE, IDEMPOTENCY_KEY, CREATED_AT, AVAILABLE_AT, EXPIRES_AT, LOT_ID) SELECT "
                    + BULK_ID_BASE + " + g * " + ENTRIES_PER_BULK_MEMBER + " + k, " + BULK_ID_BASE + " + g, k + 1,"
                    + " CASE WHEN k < 30 THEN 'EARN' ELSE 'REDEEM' END, CASE WHEN k < 30 THEN 100 ELSE -200 END,"
                    + " CASE WHEN k < 30 THEN 'ORDER' ELSE 'ORDER_PAYMENT' END, 'B' || g || '-' || k,"
                    + " 'bulk:' || g || ':' || k, now() - interval '1 year' + k * interval '1 day',"
                    + " CASE WHEN k < 30 THEN now() - interval '1 year' + k * interval '1 day' END,"
                    + " CASE WHEN k < 30 THEN now() + interval '1 year' + k * interval '1 day' END,"
                    + " CASE WHEN k < 30 THEN " + BULK_ID_BASE + " + g * " + LOTS_PER_BULK_MEMBER + " + k END"
                    + " FROM " + series + " g, generate_series(0, " + (ENTRIES_PER_BULK_MEMBER - 1) + ") k");
            // What autovacuum does soon after such a load in a running shop: statistics and the visibility map, so
            // that reads are measured in the steady state, not while the new rows get their hint bits.
            sql.execute("VACUUM ANALYZE LOYALTY_ACCOUNT");
            sql.execute("VACUUM ANALYZE LOYALTY_POINTS_LOT");
            sql.execute("VACUUM ANALYZE LOYALTY_LEDGER_ENTRY");
        }
    }

    private long countEntries() throws SQLException {
        try (Connection connection = broadleaf.database().connect(); Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("SELECT count(*) FROM LOYALTY_LEDGER_ENTRY")) {
            count.next();
            return count.getLong(1);
        }
    }
}
