package io.loyaltyclub.jobs.service;

import java.time.Instant;

/** What a run of a job did, in words for the admin, and whether it finished all its work. */
public final class JobOutcome {

    private final String summary;
    private final boolean complete;
    private final Instant completedFrom;

    private JobOutcome(String summary, boolean complete, Instant completedFrom) {
        this.summary = summary;
        this.complete = complete;
        this.completedFrom = completedFrom;
    }

    /** All work done; the next run may start from {@code from} (null: the job keeps no such mark). */
    public static JobOutcome complete(String summary, Instant from) {
        return new JobOutcome(summary, true, from);
    }

    /** Stopped at its deadline with work left for the next run. */
    public static JobOutcome partial(String summary) {
        return new JobOutcome(summary, false, null);
    }

    public String getSummary() {
        return summary;
    }

    public boolean isComplete() {
        return complete;
    }

    public Instant getCompletedFrom() {
        return completedFrom;
    }
}
