package io.loyaltyclub.programme.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.testkit.BroadleafHarness;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.Duration;
import java.util.concurrent.Future;

class LoyaltyProgramServiceIT {


    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final LoyaltyProgramService programmes = broadleaf.bean("loyaltyProgramService", LoyaltyProgramService.class);

    @Test
    void the_programme_is_created_once_with_the_spec_defaults_and_the_default_terms() throws Exception {
        LoyaltyProgram programme = programmes.findProgramme();

        assertThat(programme.getId()).isNotNull();
        assertThat(programmes.findProgramme().getId()).isEqualTo(programme.getId());
        assertThat(programme.getTermsText()).isNotBlank();
        assertThat(programme.getTermsVersion()).isNotBlank();
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    void many_nodes_asking_for_the_programme_at_once_get_the_same_single_row() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> ids = new ArrayList<Future<Long>>();
        for (int i = 0; i < threads; i++) {
            ids.add(pool.submit(new Callable<Long>() {
                @Override
                public Long call() throws Exception {
                    start.await();
                    return broadleaf.inSession(() -> programmes.findProgramme().getId());
                }
            }));
        }
        start.countDown();
        Long first = ids.get(0).get();
        for (Future<Long> id : ids) {
            assertThat(id.get()).isEqualTo(first);
        }
        pool.shutdown();
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    void valid_settings_are_saved_and_read_back() {
        LoyaltyProgram programme = programmes.findProgramme();
        programme.setPointsPerCurrencyUnit(new BigDecimal("2.5"));
        programme.setName("Harness Club");

        programmes.save(programme);

        LoyaltyProgram reread = programmes.findProgramme();
        assertThat(reread.getName()).isEqualTo("Harness Club");
        assertThat(reread.getPointsPerCurrencyUnit()).isEqualByComparingTo("2.5");
    }

    @Test
    void invalid_settings_are_refused_with_every_reason_and_nothing_changes() {
        LoyaltyProgram before = programmes.findProgramme();
        LoyaltyProgram edited = programmes.findProgramme();
        edited.setMaximumOrderSharePercent(150);
        edited.setPendingDays(-1);
        edited.setTermsText(" ");

        assertThatThrownBy(() -> programmes.save(edited))
                .isInstanceOf(InvalidProgrammeException.class)
                .satisfies(e -> assertThat(((InvalidProgrammeException) e).getProblems()).hasSize(3));

        LoyaltyProgram after = programmes.findProgramme();
        assertThat(after.getMaximumOrderSharePercent()).isEqualTo(before.getMaximumOrderSharePercent());
        assertThat(after.getPendingDays()).isEqualTo(before.getPendingDays());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void a_save_based_on_an_outdated_copy_is_refused() {
        LoyaltyProgram first = programmes.findProgramme();
        LoyaltyProgram second = programmes.findProgramme();
        first.setWelcomeBonusPoints(300L);
        programmes.save(first);

        second.setWelcomeBonusPoints(999L);

        assertThatThrownBy(() -> programmes.save(second)).isInstanceOf(StaleProgrammeException.class)
                .hasMessageContaining("Reload");
        assertThat(programmes.findProgramme().getWelcomeBonusPoints()).isEqualTo(300L);
    }

    @Test
    void long_terms_survive_a_round_trip_and_read_as_a_storefront_page_reads_them() {
        LoyaltyProgram programme = programmes.findProgramme();
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            terms.append("<p>Clause ").append(i).append(": ünïcödé עברית فارسی latviešu.</p>");
        }
        programme.setTermsText(terms.toString());
        programmes.save(programme);

        // A storefront request reads outside a transaction (open EntityManager in view). On PostgreSQL the
        // stock Hibernate dialect fails here ("Large Objects may not be used in auto-commit mode"); the
        // plugin's io.loyaltyclub.platform.PostgreSqlDialect reads the text column as a string.
        Object stored = broadleaf.inSession(() -> broadleaf.entityManager()
                .createQuery("select p.termsText from LoyaltyProgramImpl p").getSingleResult());

        assertThat(stored).isEqualTo(terms.toString());
    }

    @Test
    void a_caller_changing_its_copy_changes_nothing_for_anybody_else() {
        LoyaltyProgram mine = programmes.findProgramme();
        String name = mine.getName();
        mine.setName("Only mine");
        mine.setWelcomeBonusPoints(123456L);

        LoyaltyProgram theirs = programmes.findProgramme();

        assertThat(theirs).isNotSameAs(mine);
        assertThat(theirs.getName()).isEqualTo(name);
        assertThat(theirs.getWelcomeBonusPoints()).isNotEqualTo(123456L);
    }

    @Test
    void a_save_on_another_node_is_seen_here_within_the_refresh_interval() throws Exception {
        LoyaltyProgram before = programmes.findProgramme();
        String elsewhere = "Saved elsewhere " + System.nanoTime() % 100000;
        // Another node's save: the row changes in the database, this node is not told.
        try (Connection c = broadleaf.database().connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE LOYALTY_PROGRAM SET NAME = '" + elsewhere + "', VERSION = VERSION + 1");
        }
        long start = System.nanoTime();

        // The harness reads again every second (loyalty.programme.refreshSeconds=1).
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> elsewhere.equals(programmes.findProgramme().getName()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(programmes.findProgramme().getVersion()).isEqualTo(before.getVersion() + 1);
        LoyaltyProgram back = programmes.findProgramme();
        back.setName(before.getName());
        programmes.save(back);
        assertThat(programmes.findProgramme().getName()).as("this node's own save, at once").isEqualTo(before.getName());
    }

    @Test
    void settings_saved_by_other_means_on_this_node_are_read_again_after_the_commit() throws Exception {
        LoyaltyProgram before = programmes.findProgramme();
        String changed = "Saved in the admin " + System.nanoTime() % 100000;

        broadleaf.inTransaction(() -> {
            broadleaf.entityManager().createQuery("update LoyaltyProgramImpl p set p.name = :name, p.version = p.version + 1")
                    .setParameter("name", changed).executeUpdate();
            programmes.settingsChanged();
            return null;
        });

        assertThat(programmes.findProgramme().getName()).isEqualTo(changed);
        LoyaltyProgram back = programmes.findProgramme();
        back.setName(before.getName());
        programmes.save(back);
    }

    private int rowCount() throws Exception {
        try (Connection c = broadleaf.database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM LOYALTY_PROGRAM")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
