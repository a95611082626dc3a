package io.loyaltyclub.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.domain.InsufficientPointsException;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The ledger on the real Broadleaf context and database (HSQLDB, or PostgreSQL with -Dloyalty.test.db=postgres). */
class LoyaltyLedgerServiceIT {

    private static final Duration DAY = Duration.ofDays(1);

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final LoyaltyLedgerService ledger = club.ledger();
    private long account;

    @BeforeEach
    void aMemberWithoutAWelcomeBonus() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        account = club.newMember("ledger").getId();
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private Instant now() {
        return club.clock().instant();
    }

    private LedgerEntry earn(long points, Duration pending, Duration validFor, String key) {
        Instant now = now();
        return ledger.earn(account, points, now.plus(pending), validFor == null ? null : now.plus(validFor),
                EntrySource.of(EntryReason.ORDER), key).getEntry();
    }

    private static String key(String what) {
        return what + ":" + System.nanoTime();
    }

    @Test
    void earned_points_are_pending_until_the_pending_period_ends_then_available_without_any_job() {
        earn(250, Duration.ofDays(14), Duration.ofDays(400), key("earn"));

        Balance before = club.assertConsistent(account);
        assertThat(before.getPending()).isEqualTo(250);
        assertThat(before.getAvailable()).isZero();
        assertThatThrownBy(() -> ledger.redeem(account, 100, EntrySource.of(EntryReason.ORDER_PAYMENT), key("redeem")))
                .isInstanceOf(InsufficientPointsException.class);

        club.clock().moveBy(Duration.ofDays(14).plusMinutes(1));
        Balance after = club.assertConsistent(account);
        assertThat(after.getPending()).isZero();
        assertThat(after.getAvailable()).isEqualTo(250);
        ledger.redeem(account, 100, EntrySource.of(EntryReason.ORDER_PAYMENT), key("redeem"));
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(150);
    }

    @Test
    void a_posting_retried_with_its_key_changes_nothing_and_returns_the_first_entry() {
        String key = key("earn:order:1");
        PostingResult first = ledger.earn(account, 40, now(), null, EntrySource.of(EntryReason.ORDER), key);
        PostingResult again = ledger.earn(account, 40, now(), null, EntrySource.of(EntryReason.ORDER), key);

        assertThat(first.isReplayed()).isFalse();
        assertThat(again.isReplayed()).isTrue();
        assertThat(again.getEntry().getId()).isEqualTo(first.getEntry().getId());
        assertThat(ledger.countEntries(account)).isEqualTo(1);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(40);

        String spend = key("redeem");
        ledger.redeem(account, 30, EntrySource.of(EntryReason.ORDER_PAYMENT), spend);
        ledger.redeem(account, 30, EntrySource.of(EntryReason.ORDER_PAYMENT), spend);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(10);
    }

    @Test
    void the_same_key_for_a_different_change_is_refused_and_changes_nothing() {
        String key = key("earn");
        ledger.earn(account, 40, now(), null, EntrySource.of(EntryReason.ORDER), key);

        assertThatThrownBy(() -> ledger.earn(account, 41, now(), null, EntrySource.of(EntryReason.ORDER), key))
                .isInstanceOf(IdempotencyConflictException.class);
        long other = club.newMember("other").getId();
        assertThatThrownBy(() -> ledger.earn(other, 40, now(), null, EntrySource.of(EntryReason.ORDER), key))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(40);
        assertThat(ledger.countEntries(other)).isZero();
    }

    @Test
    void spending_takes_the_soonest_expiring_lot_first_not_the_oldest() {
        earn(100, Duration.ZERO, Duration.ofDays(700), key("old-long"));
        club.clock().moveBy(DAY);
        earn(100, Duration.ZERO, Duration.ofDays(60), key("new-short"));

        ledger.redeem(account, 80, EntrySource.of(EntryReason.ORDER_PAYMENT), key("spend"));
        club.clock().moveBy(Duration.ofDays(61));
        ledger.settle(account);

        List<LedgerEntry> expired = entriesOf(EntryType.EXPIRE);
        assertThat(expired).as("only the short lot expired, with what spending left of it").hasSize(1);
        assertThat(expired.get(0).getPoints()).isEqualTo(-20);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(100);
    }

    @Test
    void expiry_records_one_entry_per_lot_once_however_often_it_runs() {
        earn(30, Duration.ZERO, Duration.ofDays(10), key("a"));
        earn(50, Duration.ZERO, Duration.ofDays(20), key("b"));
        earn(70, Duration.ZERO, null, key("never"));

        club.clock().moveBy(Duration.ofDays(11));
        assertThat(ledger.balance(account).getAvailable()).as("the read already leaves expired points out").isEqualTo(120);
        assertThat(ledger.accountsToSettle(100)).contains(account);
        ledger.settle(account);
        ledger.settle(account);
        assertThat(entriesOf(EntryType.EXPIRE)).extracting(LedgerEntry::getPoints).containsExactly(-30L);

        club.clock().moveBy(Duration.ofDays(10));
        ledger.settle(account);
        assertThat(entriesOf(EntryType.EXPIRE)).extracting(LedgerEntry::getPoints).containsExactlyInAnyOrder(-30L, -50L);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(70);
        assertThat(ledger.accountsToSettle(1000)).doesNotContain(account);
    }

    @Test
    void a_reversal_of_spent_points_leaves_a_debt_that_the_next_earning_pays_first() {
        LedgerEntry earned = earn(100, Duration.ZERO, null, key("earn"));
        ledger.redeem(account, 90, EntrySource.of(EntryReason.ORDER_PAYMENT), key("spend"));

        ledger.reverseEarn(earned.getId(), 100, EntrySource.of(EntryReason.ORDER_CANCELLED), key("reverse"));
        Balance owing = club.assertConsistent(account);
        assertThat(owing.getAvailable()).isZero();
        assertThat(owing.getDebt()).isEqualTo(90);

        earn(60, Duration.ofDays(14), null, key("pending"));
        assertThat(club.assertConsistent(account).getDebt()).as("pending points do not pay a debt yet").isEqualTo(90);
        club.clock().moveBy(Duration.ofDays(15));
        Balance later = club.assertConsistent(account);
        assertThat(later.getDebt()).isEqualTo(30);
        assertThat(later.getAvailable()).isZero();
        earn(50, Duration.ZERO, null, key("more"));
        Balance paid = club.assertConsistent(account);
        assertThat(paid.getDebt()).isZero();
        assertThat(paid.getAvailable()).isEqualTo(20);
    }

    @Test
    void reversing_more_than_an_earning_gave_is_refused() {
        LedgerEntry earned = earn(100, Duration.ZERO, null, key("earn"));
        ledger.reverseEarn(earned.getId(), 60, EntrySource.of(EntryReason.ORDER_RETURNED), key("r1"));

        assertThatThrownBy(() -> ledger.reverseEarn(earned.getId(), 41, EntrySource.of(EntryReason.ORDER_RETURNED), key("r2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(40);
    }

    @Test
    void points_given_back_keep_their_expiry_or_get_a_grace_period_when_it_has_passed() {
        earn(100, Duration.ZERO, Duration.ofDays(30), key("short"));
        earn(100, Duration.ZERO, Duration.ofDays(300), key("long"));
        LedgerEntry spent = ledger.redeem(account, 150, EntrySource.of(EntryReason.ORDER_PAYMENT), key("spend")).getEntry();

        club.clock().moveBy(Duration.ofDays(31));
        PostingResult restored = ledger.restore(spent.getId(), 150, EntrySource.of(EntryReason.ORDER_CANCELLED), key("restore"));

        assertThat(restored.getEntry().getPoints()).isEqualTo(150);
        assertThat(restored.getEntry().getExpiresAt()).as("the 100 points of the expired lot got a grace lot").isNotNull();
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(200);
        assertThatThrownBy(() -> ledger.restore(spent.getId(), 1, EntrySource.of(EntryReason.ORDER_CANCELLED), key("again")))
                .as("nothing more to give back").isInstanceOf(IllegalArgumentException.class);

        club.clock().moveBy(Duration.ofDays(32));
        ledger.settle(account);
        assertThat(club.assertConsistent(account).getAvailable()).as("the grace period ended").isEqualTo(100);
    }

    @Test
    void a_spending_beyond_the_available_points_is_refused_and_changes_nothing() {
        earn(99, Duration.ZERO, null, key("earn"));

        assertThatThrownBy(() -> ledger.redeem(account, 100, EntrySource.of(EntryReason.ORDER_PAYMENT), key("spend")))
                .isInstanceOf(InsufficientPointsException.class);
        assertThat(ledger.countEntries(account)).isEqualTo(1);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(99);
    }

    @Test
    void history_lists_entries_newest_first_in_the_order_they_happened() {
        earn(10, Duration.ZERO, null, key("1"));
        earn(20, Duration.ZERO, null, key("2"));
        ledger.redeem(account, 5, EntrySource.of(EntryReason.ORDER_PAYMENT), key("3"));
        ledger.adjust(account, -1, EntrySource.admin("admin", "Test correction"), key("4"));

        List<LedgerEntry> all = ledger.history(account, null, 10);
        assertThat(all).extracting(LedgerEntry::getPoints).containsExactly(-1L, -5L, 20L, 10L);
        assertThat(all.get(0).getAdminUser()).isEqualTo("admin");
        assertThat(all.get(0).getNote()).isEqualTo("Test correction");
        assertThat(ledger.history(account, all.get(1).getId(), 10)).extracting(LedgerEntry::getPoints)
                .containsExactly(20L, 10L);
        assertThat(ledger.historyPage(account, 1, 3)).extracting(LedgerEntry::getPoints).containsExactly(10L);
    }

    @Test
    void thirty_two_threads_spending_from_one_account_at_once_never_overspend() throws Exception {
        earn(1000, Duration.ZERO, null, key("earn"));
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < threads * 2; i++) {
            final String spendKey = key("spend-" + i);
            results.add(pool.submit(new Callable<Boolean>() {
                @Override
                public Boolean call() throws Exception {
                    start.await();
                    try {
                        ledger.redeem(account, 70, EntrySource.of(EntryReason.ORDER_PAYMENT), spendKey);
                        return true;
                    } catch (InsufficientPointsException refused) {
                        return false;
                    }
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            if (result.get()) {
                succeeded++;
            }
        }
        pool.shutdown();

        assertThat(succeeded).as("1000 points pay for 14 spendings of 70").isEqualTo(14);
        Balance balance = club.assertConsistent(account);
        assertThat(balance.getAvailable()).isEqualTo(1000 - 14 * 70);
        assertThat(entriesOf(EntryType.REDEEM)).hasSize(14);
    }

    @Test
    void entries_are_numbered_one_after_the_other_through_repeated_keys_and_the_account_row_keeps_the_last_number()
            throws Exception {
        String first = key("earn");
        earn(100, Duration.ZERO, Duration.ofDays(400), first);
        assertThat(ledger.earn(account, 100, now(), now().plus(Duration.ofDays(400)), EntrySource.of(EntryReason.ORDER),
                first).isReplayed()).isTrue();
        ledger.redeem(account, 30, EntrySource.of(EntryReason.ORDER_PAYMENT), key("redeem"));
        earn(50, Duration.ZERO, Duration.ofDays(400), key("earn"));

        List<Long> numbers = new ArrayList<Long>();
        for (LedgerEntry entry : ledger.history(account, null, 10)) {
            numbers.add(entry.getSequence());
        }
        assertThat(numbers).containsExactly(3L, 2L, 1L);
        assertThat(postingsColumn()).isEqualTo(3L);
    }

    private long postingsColumn() throws java.sql.SQLException {
        try (java.sql.Connection connection = broadleaf.database().connect();
             java.sql.Statement sql = connection.createStatement();
             java.sql.ResultSet row = sql.executeQuery(
                     "SELECT POSTINGS FROM LOYALTY_ACCOUNT WHERE LOYALTY_ACCOUNT_ID = " + account)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * What a posting costs in round trips to the database: on PostgreSQL the lock with the reads after it (the
     * account, the key, the kept balance, the due and spendable lots) is one, and the writes (lot, entry,
     * consumptions, kept balance, points due) another; the account row is written only by the lock.
     */
    @Test
    void an_earning_and_a_spending_take_two_round_trips_on_postgres_and_write_the_account_row_only_in_the_lock() {
        earn(100, Duration.ZERO, Duration.ofDays(400), key("warm-up"));
        org.hibernate.stat.Statistics statistics = broadleaf.bean("entityManagerFactory",
                org.hibernate.ejb.HibernateEntityManagerFactory.class).getSessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
        broadleaf.connections().countRoundTrips(true);
        try {
            statistics.clear();
            io.loyaltyclub.testkit.RoundTrips.takeCount();
            earn(100, Duration.ZERO, Duration.ofDays(500), key("earn"));
            long earning = io.loyaltyclub.testkit.RoundTrips.takeCount();
            long accountUpdates = statistics.getEntityStatistics(
                    io.loyaltyclub.member.persistence.LoyaltyAccountImpl.class.getName()).getUpdateCount();
            statistics.clear();
            String spendingKey = key("redeem");
            ledger.redeem(account, 30, EntrySource.of(EntryReason.ORDER_PAYMENT), spendingKey);
            long spending = io.loyaltyclub.testkit.RoundTrips.takeCount();
            accountUpdates += statistics.getEntityStatistics(
                    io.loyaltyclub.member.persistence.LoyaltyAccountImpl.class.getName()).getUpdateCount();
            assertThat(ledger.redeem(account, 30, EntrySource.of(EntryReason.ORDER_PAYMENT), spendingKey).isReplayed())
                    .isTrue();
            long repeated = io.loyaltyclub.testkit.RoundTrips.takeCount();
            System.out.println("LEDGER-ROUND-TRIPS earning " + earning + ", spending " + spending + ", repeated key "
                    + repeated);

            assertThat(accountUpdates).as("updates of the account row besides the lock").isZero();
            boolean postgres = broadleaf.database().isPostgres();
            assertThat(earning).isBetween(1L, postgres ? 2L : 8L);
            assertThat(spending).isBetween(1L, postgres ? 2L : 12L);
            assertThat(repeated).as("a repeated key: the lock and reads, the entry, the number given back")
                    .isBetween(1L, postgres ? 3L : 6L);
        } finally {
            broadleaf.connections().countRoundTrips(false);
            statistics.setStatisticsEnabled(false);
        }
    }

    private List<LedgerEntry> entriesOf(EntryType type) {
        List<LedgerEntry> found = new ArrayList<LedgerEntry>();
        for (LedgerEntry entry : ledger.history(account, null, 1000)) {
            if (entry.getType() == type) {
                found.add(entry);
            }
        }
        return found;
    }
}
