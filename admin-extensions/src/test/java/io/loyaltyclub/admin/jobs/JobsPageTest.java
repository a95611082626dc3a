package io.loyaltyclub.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.admin.member.StoreTime;
import io.loyaltyclub.jobs.persistence.LoyaltyJobImpl;
import io.loyaltyclub.jobs.service.JobOutcome;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

/** A job's row on Loyalty > Jobs, from its LOYALTY_JOB row. */
class JobsPageTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final StoreTime TIME = new StoreTime(ZoneId.of("Europe/Riga"));
    private static final LoyaltyJob JOB = new LoyaltyJob() {
        @Override
        public String name() {
            return "points-settlement";
        }

        @Override
        public String description() {
            return "Makes pending points available and expires old ones.";
        }

        @Override
        public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void a_job_that_never_ran_says_so() {
        JobRow row = JobsPage.row(JOB, new LoyaltyJobImpl("points-settlement"), NOW, TIME);

        assertThat(row.getState()).isEqualTo(JobRow.State.NEVER_RAN);
        assertThat(row.getHeldBy()).isNull();
        assertThat(row.getDescription()).startsWith("Makes pending");
    }

    @Test
    void a_claim_that_holds_shows_the_node_and_until_when_in_store_time() throws Exception {
        LoyaltyJobImpl status = status("node-b", NOW.plusSeconds(600), null, null);

        JobRow row = JobsPage.row(JOB, status, NOW, TIME);

        assertThat(row.getState()).isEqualTo(JobRow.State.RUNNING);
        assertThat(row.getHeldBy()).isEqualTo("node-b");
        assertThat(row.getHeldUntil()).isEqualTo("2026-11-22 12:10");
    }

    @Test
    void a_claim_that_ran_out_is_free_and_the_last_outcome_shows() throws Exception {
        LoyaltyJobImpl status = status("node-b", NOW.minusSeconds(1), NOW.minusSeconds(3600),
                "Settled 3 accounts: 12 lots available, 2 expired.");

        JobRow row = JobsPage.row(JOB, status, NOW, TIME);

        assertThat(row.getState()).isEqualTo(JobRow.State.DONE);
        assertThat(row.getHeldBy()).isNull();
        assertThat(row.getLastFinished()).isEqualTo("2026-11-22 11:00");
        assertThat(row.getLastOutcome()).contains("12 lots");
    }

    @Test
    void a_failed_run_is_marked_failed() throws Exception {
        JobRow row = JobsPage.row(JOB, status(null, null, NOW.minusSeconds(60), "Failed: database gone"), NOW, TIME);

        assertThat(row.getState()).isEqualTo(JobRow.State.FAILED);
    }

    private static LoyaltyJobImpl status(String heldBy, Instant heldUntil, Instant finished, String outcome)
            throws Exception {
        LoyaltyJobImpl status = new LoyaltyJobImpl("points-settlement");
        set(status, "heldBy", heldBy);
        set(status, "heldUntil", heldUntil == null ? null : Date.from(heldUntil));
        set(status, "lastFinished", finished == null ? null : Date.from(finished));
        set(status, "lastOutcome", outcome);
        return status;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = LoyaltyJobImpl.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
