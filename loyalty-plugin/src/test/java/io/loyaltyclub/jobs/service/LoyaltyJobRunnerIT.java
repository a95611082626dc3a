package io.loyaltyclub.jobs.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.jobs.persistence.JobDao;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The club's jobs on the real context: claimed by one node at a time, settling every member due. */
class LoyaltyJobRunnerIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final LoyaltyLedgerService ledger = club.ledger();
    private final LoyaltyJobRunner runner = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);
    private final JobDao jobs = broadleaf.bean("loyaltyJobDao", JobDao.class);
    private final Transactions transactions =
            new Transactions(broadleaf.bean("blTransactionManager", PlatformTransactionManager.class));

    @BeforeEach
    void noWelcomeBonus() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        // Earlier tests may have left work due: start from a settled ledger.
        runner.run(PointsSettlementJob.NAME);
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @Test
    void the_settlement_job_makes_points_available_and_expires_due_lots_for_every_member() {
        List<Long> members = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            long account = club.newMember("settled").getId();
            Instant now = club.clock().instant();
            ledger.earn(account, 100, now.plus(Duration.ofDays(3)), null, EntrySource.of(EntryReason.ORDER), "p" + account);
            ledger.earn(account, 40, now, now.plus(Duration.ofDays(5)), EntrySource.of(EntryReason.ORDER), "e" + account);
            members.add(account);
        }
        club.clock().moveBy(Duration.ofDays(6));
        assertThat(ledger.accountsToSettle(1000)).containsAll(members);

        RunResult result = runner.run(PointsSettlementJob.NAME);

        assertThat(result.getKind()).isEqualTo(RunResult.Kind.COMPLETE);
        assertThat(result.getSummary()).contains("Settled");
        assertThat(ledger.accountsToSettle(1000)).doesNotContainAnyElementsOf(members);
        for (long account : members) {
            assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(100);
            assertThat(ledger.history(account, null, 10)).extracting(LedgerEntry::getType).contains(EntryType.EXPIRE);
        }
        assertThat(runner.status(PointsSettlementJob.NAME).getLastOutcome()).isEqualTo(result.getSummary());
    }

    @Test
    void a_job_another_node_is_running_is_not_started_again_until_its_claim_runs_out() {
        long account = club.newMember("waiting").getId();
        Instant now = club.clock().instant();
        ledger.earn(account, 10, now, now.plus(Duration.ofDays(1)), EntrySource.of(EntryReason.ORDER), "w" + account);
        club.clock().moveBy(Duration.ofDays(2));
        Instant later = club.clock().instant();
        claimAs("another-node", later, later.plus(Duration.ofMinutes(30)));

        RunResult busy = runner.run(PointsSettlementJob.NAME);

        assertThat(busy.getKind()).isEqualTo(RunResult.Kind.BUSY);
        assertThat(busy.getHeldBy()).isEqualTo("another-node");
        assertThat(ledger.accountsToSettle(1000)).contains(account);

        club.clock().moveBy(Duration.ofHours(1));
        assertThat(runner.run(PointsSettlementJob.NAME).getKind()).as("the other node's claim ran out")
                .isEqualTo(RunResult.Kind.COMPLETE);
        assertThat(ledger.accountsToSettle(1000)).doesNotContain(account);
    }

    @Test
    void of_many_nodes_claiming_a_job_at_once_exactly_one_gets_it() throws Exception {
        final String job = "claim-test-" + System.nanoTime();
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                jobs.ensureExists(job);
                return null;
            }
        });
        final Instant now = club.clock().instant();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < 8; i++) {
            final String node = "node-" + i;
            claims.add(pool.submit(new Callable<Boolean>() {
                @Override
                public Boolean call() throws Exception {
                    start.await();
                    return transactions.run(new TransactionCallback<Boolean>() {
                        @Override
                        public Boolean doInTransaction(TransactionStatus status) {
                            return jobs.claim(job, node, Date.from(now), Date.from(now.plus(Duration.ofMinutes(5))));
                        }
                    });
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
    }

    private void claimAs(final String node, final Instant now, final Instant until) {
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                jobs.ensureExists(PointsSettlementJob.NAME);
                assertThat(jobs.claim(PointsSettlementJob.NAME, node, Date.from(now), Date.from(until))).isTrue();
                return null;
            }
        });
    }
}
