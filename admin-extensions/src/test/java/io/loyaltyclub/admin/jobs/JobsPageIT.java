package io.loyaltyclub.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.jobs.persistence.JobDao;
import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.jobs.service.RunResult;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.testkit.BroadleafHarness;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Loyalty > Jobs on the real context: runs, and a job another node holds is not started. */
class JobsPageIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final JobsPage page = new JobsPage();
    private final JobDao dao = broadleaf.bean("loyaltyJobDao", JobDao.class);

    JobsPageIT() {
        page.runner = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);
        page.programmes = broadleaf.bean("loyaltyProgramService", LoyaltyProgramService.class);
        page.clock = broadleaf.bean("loyaltyClock", Clock.class);
    }

    @Test
    void run_now_runs_the_job_here_and_the_page_shows_the_run() {
        RunResult result = page.runNow("points-settlement");

        assertThat(result.getKind()).isEqualTo(RunResult.Kind.COMPLETE);
        assertThat(JobsPage.message("points-settlement", result)).startsWith("Ran points-settlement: ");
        JobRow row = row("points-settlement");
        assertThat(row.getState()).isEqualTo(JobRow.State.DONE);
        assertThat(row.getLastOutcome()).isEqualTo(result.getSummary());
        assertThat(row.getLastNode()).isEqualTo(page.node());
        assertThat(row.getHeldBy()).isNull();
        assertThat(page.schedule()).as("the harness runs jobs only when asked").isNull();
    }

    @Test
    void a_job_another_node_holds_is_not_started_and_the_page_names_the_node() {
        Instant now = page.clock.instant();
        boolean claimed = broadleaf.inTransaction(() -> {
            dao.ensureExists("missed-order-points");
            return dao.claim("missed-order-points", "node-b", Date.from(now), Date.from(now.plus(Duration.ofMinutes(5))));
        });
        assertThat(claimed).isTrue();
        try {
            RunResult result = page.runNow("missed-order-points");

            assertThat(result.getKind()).isEqualTo(RunResult.Kind.BUSY);
            assertThat(JobsPage.message("missed-order-points", result))
                    .startsWith("Not started: Another node (node-b) is running this job");
            JobRow row = row("missed-order-points");
            assertThat(row.getState()).isEqualTo(JobRow.State.RUNNING);
            assertThat(row.getHeldBy()).isEqualTo("node-b");
        } finally {
            broadleaf.inTransaction(() -> {
                dao.release("missed-order-points", "node-b", new Date(), "Released by the test", null);
                return null;
            });
        }
    }

    private JobRow row(String name) {
        for (JobRow row : page.rows()) {
            if (row.getName().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name);
    }
}
