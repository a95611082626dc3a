package io.loyaltyclub.jobs.service;

import java.time.Instant;

/** Work the club does on a schedule, on one application node at a time (see {@link LoyaltyJobRunner}). */
public interface LoyaltyJob {

    /** The job's name: its row in LOYALTY_JOB. */
    String name();

    /** What the job does, for the admin's jobs page. */
    String description();

    /**
     * Does the work, in chunks, until done or {@code deadline} has passed (the next run continues).
     *
     * @param lastCompletedFrom where the last run that finished its work began, or null before the first
     */
    JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom);
}
