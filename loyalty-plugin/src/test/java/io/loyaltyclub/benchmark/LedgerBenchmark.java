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
 * <p>Options (system properties): bench.ledger.sizes (10000,100000,1000000), bench.ledger.postings (2000),
 * bench.ledger.threads (8), bench.ledger.reads (3000), loyalty.test.db (postgres in the profile).
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
