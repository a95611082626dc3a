package io.loyaltyclub.jobs.service;

import io.loyaltyclub.jobs.persistence.JobDao;
import io.loyaltyclub.jobs.persistence.LoyaltyJobImpl;
import io.loyaltyclub.platform.Sessions;
import io.loyaltyclub.platform.Transactions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;

/**
 * Runs the club's jobs on a schedule ({@code loyalty.jobs.intervalSeconds}, 0 to switch off; default every 5
 * minutes) and on demand from the admin console. Every application node (storefronts, admin) may run them: a run
 * first claims the job in the database (LOYALTY_JOB), so one node runs a job at a time; a claim runs out after
 * {@code loyalty.jobs.claimMinutes} so a node that stopped mid-run does not block the job for good. The work itself
 * is safe to repeat (postings lock the member and have idempotency keys), so even two runs at once would not change
 * a balance twice.
 */
@Service("loyaltyJobRunner")
public class LoyaltyJobRunner {

    private static final Log LOG = LogFactory.getLog(LoyaltyJobRunner.class);

    @Resource(name = "loyaltyJobDao")
    protected JobDao dao;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    @Resource(name = "loyaltyPointsSettlementJob")
    protected LoyaltyJob settlement;

    @Resource(name = "loyaltyMissedEarningsJob")
    protected LoyaltyJob missedEarnings;

    @Resource(name = "loyaltyApiRequestsCleanupJob")
    protected LoyaltyJob apiRequestsCleanup;

    @Resource(name = "loyaltyTierReviewJob")
    protected LoyaltyJob tierReview;

    @Resource(name = "loyaltySaleDayCouponsJob")
    protected LoyaltyJob saleDayCoupons;

    @Resource(name = "loyaltyMessageTriggersJob")
    protected LoyaltyJob messageTriggers;

    @Resource(name = "loyaltyMessageSendingJob")
    protected LoyaltyJob messageSending;

    @Resource(name = "loyaltyReferralRewardsJob")
    protected LoyaltyJob referralRewards;

    @Resource(name = "loyaltyBirthdayRewardsJob")
    protected LoyaltyJob birthdayRewards;

    @Value("${loyalty.jobs.intervalSeconds:300}")
    protected long intervalSeconds;

    @Value("${loyalty.jobs.claimMinutes:30}")
    protected long claimMinutes;

    @Value("${loyalty.jobs.maxRunSeconds:120}")
    protected long maxRunSeconds;

    protected Transactions transactions;
    protected ThreadPoolTaskScheduler scheduler;
    protected volatile ScheduledFuture<?> schedule;
    protected final String node = nodeName();

    @PostConstruct
    public void start() {
        transactions = new Transactions(transactionManager);
        if (intervalSeconds <= 0) {
            LOG.info("The loyalty club's scheduled jobs are off on this node (loyalty.jobs.intervalSeconds=0)");
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("loyalty-jobs-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        schedule = scheduler.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                runAll();
            }
        }, new Date(System.currentTimeMillis() + intervalSeconds * 1000), intervalSeconds * 1000);
    }

    @PreDestroy
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    /** The jobs, in the order they run. */
    public List<LoyaltyJob> jobs() {
        List<LoyaltyJob> jobs = new ArrayList<LoyaltyJob>();
        jobs.add(missedEarnings);
        jobs.add(settlement);
        jobs.add(tierReview);
        jobs.add(saleDayCoupons);
        jobs.add(messageTriggers);
        jobs.add(messageSending);
        jobs.add(birthdayRewards);
        jobs.add(apiRequestsCleanup);
        jobs.add(referralRewards);
        return jobs;
    }

    /** Runs every job this node can claim now. */
    public void runAll() {
        for (LoyaltyJob job : jobs()) {
            try {
                run(job.name());
            } catch (RuntimeException e) {
                LOG.error("The loyalty job " + job.name() + " failed", e);
            }
        }
    }

    /**
     * Runs the job now if no node is running it.
     *
     * @throws IllegalArgumentException when there is no job of that name
     */
    public RunResult run(String name) {
        final LoyaltyJob job = job(name);
        final Instant now = clock.instant();
        boolean claimed = transactions.run(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                dao.ensureExists(job.name());
                return dao.claim(job.name(), node, Date.from(now), Date.from(now.plus(Duration.ofMinutes(claimMinutes))));
            }
        });
        if (!claimed) {
            LoyaltyJobImpl held = status(job.name());
            return RunResult.busy(held.getHeldBy(), held.getLastStarted() == null ? null : held.getLastStarted().toInstant());
        }
        JobOutcome outcome;
        String summary;
        try {
            LoyaltyJobImpl before = status(job.name());
            outcome = inSession(job, now, before.getLastCompletedFrom() == null ? null
                    : before.getLastCompletedFrom().toInstant());
            summary = outcome.getSummary();
        } catch (RuntimeException e) {
            outcome = null;
            summary = "Failed: " + e.getMessage();
            LOG.error("The loyalty job " + job.name() + " failed", e);
        }
        final String recorded = summary;
        final Instant completedFrom = outcome != null && outcome.isComplete() ? outcome.getCompletedFrom() : null;
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                dao.release(job.name(), node, Date.from(clock.instant()), recorded,
                        completedFrom == null ? null : Date.from(completedFrom));
                return null;
            }
        });
        return outcome == null ? RunResult.failed(summary) : RunResult.ran(outcome);
    }

    /** The job's row: when it ran last, what it did, who holds it. */
    public LoyaltyJobImpl status(final String name) {
        return transactions.run(new TransactionCallback<LoyaltyJobImpl>() {
            @Override
            public LoyaltyJobImpl doInTransaction(TransactionStatus status) {
                dao.ensureExists(name);
                return dao.find(name);
            }
        });
    }

    public String getNode() {
        return node;
    }

    /** How often this node runs the jobs on its own, in seconds; 0 when it does not. */
    public long getIntervalSeconds() {
        return scheduler == null ? 0 : intervalSeconds;
    }

    /**
     * When this node's schedule runs the jobs next (each node that runs the schedule has its own; the first to
     * come claims a job), or null when this node has no schedule or is running them right now.
     */
    public Instant nextScheduledRun() {
        ScheduledFuture<?> next = schedule;
        if (next == null || next.isCancelled()) {
            return null;
        }
        long delay = next.getDelay(TimeUnit.MILLISECONDS);
        return delay < 0 ? null : Instant.now().plusMillis(delay);
    }

    private LoyaltyJob job(String name) {
        for (LoyaltyJob job : jobs()) {
            if (job.name().equals(name)) {
                return job;
            }
        }
        throw new IllegalArgumentException("There is no loyalty job called " + name);
    }

    /** Runs the job with an EntityManager bound to the thread, as a request has: jobs read orders through Broadleaf. */
    private JobOutcome inSession(final LoyaltyJob job, final Instant now, final Instant lastCompletedFrom) {
        return Sessions.inSession(entityManagerFactory, new Callable<JobOutcome>() {
            @Override
            public JobOutcome call() {
                return job.run(now, Instant.now().plus(Duration.ofSeconds(maxRunSeconds)), lastCompletedFrom);
            }
        });
    }

    private static String nodeName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
