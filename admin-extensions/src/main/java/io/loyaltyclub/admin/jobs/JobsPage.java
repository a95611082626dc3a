package io.loyaltyclub.admin.jobs;

import io.loyaltyclub.admin.member.StoreTime;
import io.loyaltyclub.jobs.persistence.LoyaltyJobImpl;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.jobs.service.RunResult;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;

/**
 * Loyalty &gt; Jobs: what the page shows of each of the club's jobs (from the job runner and the job's row in
 * LOYALTY_JOB), and "Run now".
 */
@Service("loyaltyJobsPage")
public class JobsPage {

    /** How a failed run's outcome starts (see LoyaltyJobRunner). */
    static final String FAILED = "Failed:";

    @Resource(name = "loyaltyJobRunner")
    protected LoyaltyJobRunner runner;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    public List<JobRow> rows() {
        StoreTime time = storeTime();
        Instant now = clock.instant();
        List<JobRow> rows = new ArrayList<JobRow>();
        for (LoyaltyJob job : runner.jobs()) {
            rows.add(row(job, runner.status(job.name()), now, time));
        }
        return rows;
    }

    /** Whether there is a job of that name. */
    public boolean exists(String name) {
        for (LoyaltyJob job : runner.jobs()) {
            if (job.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the job now on this node, unless another node holds its claim. */
    public RunResult runNow(String name) {
        return runner.run(name);
    }

    /** When this node runs the jobs next on its schedule, in store time; null when it has no schedule. */
    public String nextScheduledRun() {
        Instant next = runner.nextScheduledRun();
        return next == null ? null : storeTime().moment(next);
    }

    /** How often this node runs the jobs, in words; null when it does not run them on a schedule. */
    public String schedule() {
        long seconds = runner.getIntervalSeconds();
        if (seconds <= 0) {
            return null;
        }
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes == 1 ? "every minute" : String.format(Locale.ENGLISH, "every %d minutes", minutes);
        }
        return String.format(Locale.ENGLISH, "every %d seconds", seconds);
    }

    public String node() {
        return runner.getNode();
    }

    public String zone() {
        return storeTime().getZone().getId();
    }

    /** What to tell the admin after "Run now". */
    public static String message(String job, RunResult result) {
        switch (result.getKind()) {
            case COMPLETE:
                return "Ran " + job + ": " + result.getSummary();
            case PARTIAL:
                return "Ran " + job + " until its time budget was used up: " + result.getSummary();
            case BUSY:
                return "Not started: " + result.getSummary()
                        + " Its claim runs out by itself if that node stopped; try again later.";
            case FAILED:
            default:
                return job + " failed: " + result.getSummary();
        }
    }

    static JobRow row(LoyaltyJob job, LoyaltyJobImpl status, Instant now, StoreTime time) {
        boolean held = status.getHeldBy() != null && status.getHeldUntil() != null
                && status.getHeldUntil().toInstant().isAfter(now);
        JobRow.State state;
        if (held) {
            state = JobRow.State.RUNNING;
        } else if (status.getLastFinished() == null) {
            state = JobRow.State.NEVER_RAN;
        } else if (status.getLastOutcome() != null && status.getLastOutcome().startsWith(FAILED)) {
            state = JobRow.State.FAILED;
        } else {
            state = JobRow.State.DONE;
        }
        return new JobRow(job.name(), job.description(), state, time.moment(status.getLastStarted()),
                time.moment(status.getLastFinished()), status.getLastOutcome(), status.getLastNode(), status.getRuns(),
                held ? status.getHeldBy() : null, held ? time.moment(status.getHeldUntil()) : null);
    }

    private StoreTime storeTime() {
        return new StoreTime(programmes.findProgramme().toRules().zone());
    }
}
