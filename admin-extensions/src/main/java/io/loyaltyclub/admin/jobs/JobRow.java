package io.loyaltyclub.admin.jobs;

/** One job on the jobs page, in words and store-time dates, ready to show. */
public final class JobRow {

    /** Where the job stands. */
    public enum State {
        NEVER_RAN,
        RUNNING,
        FAILED,
        DONE
    }

    private final String name;
    private final String description;
    private final State state;
    private final String lastStarted;
    private final String lastFinished;
    private final String lastOutcome;
    private final String lastNode;
    private final long runs;
    private final String heldBy;
    private final String heldUntil;

    JobRow(String name, String description, State state, String lastStarted, String lastFinished, String lastOutcome,
           String lastNode, long runs, String heldBy, String heldUntil) {
        this.name = name;
        this.description = description;
        this.state = state;
        this.lastStarted = lastStarted;
        this.lastFinished = lastFinished;
        this.lastOutcome = lastOutcome;
        this.lastNode = lastNode;
        this.runs = runs;
        this.heldBy = heldBy;
        this.heldUntil = heldUntil;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public State getState() {
        return state;
    }

    public String getLastStarted() {
        return lastStarted;
    }

    public String getLastFinished() {
        return lastFinished;
    }

    /** What the last run did, with its counts, as the job reported it. */
    public String getLastOutcome() {
        return lastOutcome;
    }

    /** The node that started the last run. */
    public String getLastNode() {
        return lastNode;
    }

    /** Runs finished so far, on all nodes. */
    public long getRuns() {
        return runs;
    }

    /** The node holding the job's claim now, or null. */
    public String getHeldBy() {
        return heldBy;
    }

    /** Until when the claim holds (it runs out then, should the node have stopped), or null. */
    public String getHeldUntil() {
        return heldUntil;
    }
}
