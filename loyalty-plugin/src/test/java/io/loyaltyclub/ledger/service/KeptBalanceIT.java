package io.loyaltyclub.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.InsufficientPointsException;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The balance the ledger keeps (a balance row and points due by moment, read in one statement) equals at every moment
 * the balance worked out from the entries and lots: after random earnings, spendings, reversals, restorations,
 * adjustments, ended pending periods, settlements and moves of the clock, now and at later moments, before any job
 * ran. On HSQLDB, and on PostgreSQL with -Dloyalty.test.db=postgres.
 */
class KeptBalanceIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final LoyaltyLedgerService ledger = club.ledger();
    private long account;
    private int keys;

    @BeforeEach
    void aMemberWithoutAWelcomeBonus() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        account = club.newMember("kept-balance").getId();
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private String key() {
        return "kept:" + account + ":" + (++keys);
    }

    @Test
    void the_kept_balance_equals_the_lots_after_every_step_of_random_postings_and_time() {
        for (long seed = 1; seed <= 3; seed++) {
            if (seed > 1) {
                account = club.newMember("kept-balance-" + seed).getId();
            }
            Random random = new Random(seed);
            List<LedgerEntry> earnings = new ArrayList<LedgerEntry>();
            List<LedgerEntry> spendings = new ArrayList<LedgerEntry>();
            for (int step = 0; step < 70; step++) {
                String did = step(random, earnings, spendings);
                assertSameEverywhere(did + " (seed " + seed + ", step " + step + ")");
            }
        }
    }

    private String step(Random random, List<LedgerEntry> earnings, List<LedgerEntry> spendings) {
        Instant now = club.clock().instant();
        int what = random.nextInt(100);
        if (what < 28) {
            // Earnings of several sizes, some pending for a few hours or days, expiring in days or never; some on
            // the same moments, so that points due at one moment add up.
            long points = 1 + random.nextInt(300);
            Instant available = random.nextInt(3) == 0 ? now : now.plus(Duration.ofHours(random.nextInt(24 * 20)));
            Instant expires = random.nextInt(5) == 0 ? null
                    : available.plus(Duration.ofDays(1 + random.nextInt(45)));
            earnings.add(ledger.earn(account, points, available, expires, EntrySource.of(EntryReason.PARTNER), key())
                    .getEntry());
            return "earn " + points + " available " + available + " expiring " + expires;
        }
        if (what < 46) {
            long points = 1 + random.nextInt(400);
            try {
                spendings.add(ledger.redeem(account, points, EntrySource.of(EntryReason.ORDER_PAYMENT), key()).getEntry());
                return "redeem " + points;
            } catch (InsufficientPointsException refused) {
                return "redeem " + points + " refused";
            }
        }
        if (what < 56 && !earnings.isEmpty()) {
            LedgerEntry earning = earnings.get(random.nextInt(earnings.size()));
            long reversible = ledger.reversiblePoints(earning.getId());
            if (reversible == 0) {
                return "nothing to take back of " + earning.getId();
            }
            long points = 1 + random.nextInt((int) reversible);
            ledger.reverseEarn(earning.getId(), points, EntrySource.of(EntryReason.ORDER_RETURNED), key());
            return "reverse " + points + " of " + earning.getId();
        }
        if (what < 64 && !spendings.isEmpty()) {
            LedgerEntry spending = spendings.remove(random.nextInt(spendings.size()));
            long points = 1 + random.nextInt((int) -spending.getPoints());
            ledger.restore(spending.getId(), points, EntrySource.of(EntryReason.CHECKOUT_FAILED), key());
            return "restore " + points + " of " + spending.getId();
        }
        if (what < 70) {
            long points = random.nextInt(401) - 200;
            if (points == 0) {
                return "no adjustment";
            }
            ledger.adjust(account, points, EntrySource.of(EntryReason.ADMIN), key());
            return "adjust " + points;
        }
        if (what < 77 && !earnings.isEmpty()) {
            LedgerEntry earning = earnings.get(random.nextInt(earnings.size()));
            return "end pending period of " + earning.getId() + ": " + ledger.endPendingPeriod(earning.getId());
        }
        if (what < 83) {
            int changed = ledger.settle(account);
            // Settled, every expiry has its entry: the balance is the sum of the entries again.
            club.assertConsistent(account);
            return "settle: " + changed + " lots changed";
        }
        Duration by = random.nextBoolean() ? Duration.ofHours(1 + random.nextInt(48))
                : Duration.ofDays(1 + random.nextInt(20));
        club.clock().moveBy(by);
        return "clock moved by " + by;
    }

    /** Now and at later moments, as if no job ran meanwhile. */
    private void assertSameEverywhere(String after) {
        Instant now = club.clock().instant();
        for (Duration later : new Duration[] {Duration.ZERO, Duration.ofHours(5), Duration.ofDays(3),
                Duration.ofDays(16), Duration.ofDays(50)}) {
            Instant at = now.plus(later);
            assertThat(ledger.balanceAt(account, at)).as("%s later, after %s", later, after)
                    .usingRecursiveComparison().isEqualTo(ledger.balanceFromLots(account, at));
        }
    }

    @Test
    void an_account_from_before_the_kept_balance_gets_it_built_from_its_lots_on_first_touch() {
        Instant now = club.clock().instant();
        ledger.earn(account, 500, now, now.plus(Duration.ofDays(20)), EntrySource.of(EntryReason.PARTNER), key());
        ledger.earn(account, 300, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(60)),
                EntrySource.of(EntryReason.ORDER), key());
        ledger.redeem(account, 120, EntrySource.of(EntryReason.ORDER_PAYMENT), key());
        Balance before = ledger.balance(account);
        forgetKeptBalance(account);
        assertThat(keptRows(account)).isZero();

        assertThat(ledger.balance(account)).as("read from the lots and kept from now on")
                .usingRecursiveComparison().isEqualTo(before);
        assertThat(keptRows(account)).as("the balance row and the two moments points fall due").isEqualTo(3);
        club.clock().moveBy(Duration.ofDays(3));
        assertSameEverywhere("a read built the kept balance");
        club.assertConsistent(account);

        // A posting is a first touch too.
        forgetKeptBalance(account);
        ledger.redeem(account, 50, EntrySource.of(EntryReason.ORDER_PAYMENT), key());
        assertThat(keptRows(account)).isEqualTo(3);
        assertSameEverywhere("a posting built the kept balance");
        club.assertConsistent(account);
        assertThat(ledger.balance(account).getAvailable()).isEqualTo(500 + 300 - 120 - 50);
    }

    /**
     * A first touch of an account with thousands of lots, each pending until a moment of its own (a partner posting
     * each purchase, from before kept balances): its points due are thousands of rows, more parameters than one
     * PostgreSQL message may carry (65,535), so the ledger sends them in several.
     */
    @Test
    void the_first_touch_of_an_account_with_thousands_of_moments_builds_its_kept_balance() throws Exception {
        int lots = 7000;
        Instant now = club.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (java.sql.Connection connection = broadleaf.database().connect();
             java.sql.PreparedStatement lot = connection.prepareStatement("INSERT INTO LOYALTY_POINTS_LOT (POINTS_LOT_ID,"
                     + " ACCOUNT_ID, POINTS, REMAINING, REVERSED, EXPIRED_POINTS, AVAILABLE_AT, EXPIRES_AT, STATE)"
                     + " VALUES (?, ?, 10, 10, 0, 0, ?, ?, 'PENDING')");
             java.sql.PreparedStatement entry = connection.prepareStatement("INSERT INTO LOYALTY_LEDGER_ENTRY"
                     + " (LEDGER_ENTRY_ID, ACCOUNT_ID, ACCOUNT_SEQ, ENTRY_TYPE, POINTS, REASON, IDEMPOTENCY_KEY, CREATED_AT,"
                     + " AVAILABLE_AT, EXPIRES_AT, LOT_ID) VALUES (?, ?, ?, 'EARN', 10, 'PARTNER', ?, ?, ?, ?, ?)")) {
            for (int k = 0; k < lots; k++) {
                long id = 800_000_000L + k;
                java.sql.Timestamp available = java.sql.Timestamp.from(now.plus(Duration.ofMinutes(10 + k)));
                java.sql.Timestamp expires = java.sql.Timestamp.from(now.plus(Duration.ofDays(400)));
                lot.setLong(1, id);
                lot.setLong(2, account);
                lot.setTimestamp(3, available);
                lot.setTimestamp(4, expires);
                lot.addBatch();
                entry.setLong(1, id);
                entry.setLong(2, account);
                entry.setLong(3, k + 1);
                entry.setString(4, "thousands:" + id);
                entry.setTimestamp(5, java.sql.Timestamp.from(now));
                entry.setTimestamp(6, available);
                entry.setTimestamp(7, expires);
                entry.setLong(8, id);
                entry.addBatch();
            }
            lot.executeBatch();
            entry.executeBatch();
            try (java.sql.Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE LOYALTY_ACCOUNT SET POSTINGS = " + lots + " WHERE LOYALTY_ACCOUNT_ID = " + account);
            }
        }
        forgetKeptBalance(account);

        assertThat(ledger.balance(account).getPending()).isEqualTo(10L * lots);
        assertThat(keptRows(account)).as("the balance row and a moment per lot").isEqualTo(1 + lots);
        club.clock().moveBy(Duration.ofMinutes(10 + lots / 2));
        assertThat(ledger.balance(account).getAvailable()).isEqualTo(10L * (lots / 2 + 1));
        club.assertConsistent(account);
    }

    @Test
    void a_pending_lot_counts_as_available_at_its_moment_and_an_expired_one_stops_counting_before_any_job() {
        Instant now = club.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        ledger.earn(account, 100, now.plus(Duration.ofHours(10)), now.plus(Duration.ofDays(5)),
                EntrySource.of(EntryReason.ORDER), key());
        ledger.earn(account, 40, now, now.plus(Duration.ofDays(2)), EntrySource.of(EntryReason.PARTNER), key());

        assertThat(ledger.balanceAt(account, now.plus(Duration.ofHours(10)).minusMillis(1)).getPending()).isEqualTo(100);
        Balance due = ledger.balanceAt(account, now.plus(Duration.ofHours(10)));
        assertThat(due.getAvailable()).isEqualTo(140);
        assertThat(due.getPending()).isZero();
        assertThat(due.getExpiringSoon()).isEqualTo(140);
        assertThat(due.getNextExpiry()).isEqualTo(now.plus(Duration.ofDays(2)));
        assertThat(ledger.balanceAt(account, now.plus(Duration.ofDays(2))).getAvailable()).isEqualTo(100);
        assertThat(ledger.balanceAt(account, now.plus(Duration.ofDays(5))).getAvailable()).isZero();
    }

    @Test
    void a_spending_reads_only_the_lots_it_takes_soonest_expiring_first() {
        Instant now = club.clock().instant();
        for (int i = 0; i < 30; i++) {
            // Expiring in 60, 59, ... days, and every fifth never: the soonest-expiring are the last earned.
            ledger.earn(account, 10, now, i % 5 == 0 ? null : now.plus(Duration.ofDays(60 - i)),
                    EntrySource.of(EntryReason.PARTNER), key());
        }
        io.loyaltyclub.ledger.persistence.LedgerDao dao = broadleaf.bean("loyaltyLedgerDao",
                io.loyaltyclub.ledger.persistence.LedgerDao.class);
        List<Instant> read = broadleaf.inTransaction(() -> {
            List<Instant> expiries = new ArrayList<Instant>();
            for (io.loyaltyclub.ledger.domain.Lot lot
                    : dao.spendableLots(account, java.util.Date.from(club.clock().instant()), 25, 0)) {
                expiries.add(lot.getExpiresAt());
            }
            return expiries;
        });
        List<Instant> soonest = new ArrayList<Instant>();
        for (int days : new int[] {31, 32, 33, 34, 36, 37, 38, 39}) {
            soonest.add(now.plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
        assertThat(read).as("the first page holds 25 points: the 8 lots expiring soonest, in that order")
                .containsExactlyElementsOf(soonest);
        assertThat(broadleaf.inTransaction(() -> dao.spendableLots(account,
                java.util.Date.from(club.clock().instant()), 10_000, 0).size())).as("all of them when they hold too few")
                .isEqualTo(30);

        ledger.redeem(account, 295, EntrySource.of(EntryReason.ORDER_PAYMENT), key());
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(5);
        assertThat(broadleaf.inTransaction(() -> dao.spendableLots(account,
                java.util.Date.from(club.clock().instant()), 1, 0).get(0).getExpiresAt())).as("a never-expiring lot last")
                .isNull();
    }

    private void forgetKeptBalance(long id) {
        broadleaf.inTransaction(() -> {
            javax.persistence.EntityManager em = broadleaf.entityManager();
            em.createQuery("delete from PointsDueImpl d where d.accountId = :account").setParameter("account", id)
                    .executeUpdate();
            em.createQuery("delete from PointsBalanceImpl b where b.accountId = :account").setParameter("account", id)
                    .executeUpdate();
            return null;
        });
    }

    private long keptRows(long id) {
        return broadleaf.inTransaction(() -> {
            javax.persistence.EntityManager em = broadleaf.entityManager();
            long due = em.createQuery("select count(d) from PointsDueImpl d where d.accountId = :account", Long.class)
                    .setParameter("account", id).getSingleResult();
            long rows = em.createQuery("select count(b) from PointsBalanceImpl b where b.accountId = :account",
                    Long.class).setParameter("account", id).getSingleResult();
            return due + rows;
        });
    }
}
