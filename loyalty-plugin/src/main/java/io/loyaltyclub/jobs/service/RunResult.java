package io.loyaltyclub.jobs.service;

import java.time.Instant;

/** What asking for a run of a job came to: it ran (completely or in part), it failed, or another node runs it. */
public final class RunResult {

    /** How a run request ended. */
    public enum Kind {
        COMPLETE,
        PARTIAL,
        FAILED,
        BUSY
    }

    private final Kind kind;
    private final String summary;
    private final String heldBy;
    private final Instant since;

    private RunResult(Kind kind, String summary, String heldBy, Instant since) {
        this.kind = kind;
        this.summary = summary;
        this.heldBy = heldBy;
        this.since = since;
    }

    static RunResult ran(JobOutcome outcome) {
        return new RunResult(outcome.isComplete() ? Kind.COMPLETE : Kind.PARTIAL, outcome.getSummary(), null, null);
    }

    static RunResult failed(String summary) {
        return new RunResult(Kind.FAILED, summary, null, null);
    }

    static RunResult busy(String heldBy, Instant since) {
        return new RunResult(Kind.BUSY, "Another node (" + heldBy + ") is running this job"
                + (since == null ? "" : " since " + since) + "; nothing was started.", heldBy, since);
    }

    public Kind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public String getHeldBy() {
        return heldBy;
    }

    public Instant getSince() {
        return since;
    }
}
