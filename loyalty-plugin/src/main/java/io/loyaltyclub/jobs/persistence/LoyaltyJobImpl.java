package io.loyaltyclub.jobs.persistence;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One of the club's scheduled jobs, and the claim that lets only one application node run it at a time: a node
 * claims the job by setting itself as the holder until a moment, in one conditional update that only succeeds when
 * nobody holds it (or the holder's claim ran out, as when a node stopped mid-run).
 */
@Entity
@Table(name = "LOYALTY_JOB")
public class LoyaltyJobImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "NAME", length = 64)
    protected String name;

    @Column(name = "HELD_BY", length = 200)
    protected String heldBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "HELD_UNTIL")
    protected Date heldUntil;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_STARTED")
    protected Date lastStarted;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_FINISHED")
    protected Date lastFinished;

    /** Where the last run began its work from (for jobs that continue where they stopped). */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_COMPLETED_FROM")
    protected Date lastCompletedFrom;

    @Column(name = "LAST_OUTCOME", length = 1000)
    protected String lastOutcome;

    @Column(name = "LAST_NODE", length = 200)
    protected String lastNode;

    @Column(name = "RUNS", nullable = false)
    protected long runs;

    protected LoyaltyJobImpl() {
    }

    public LoyaltyJobImpl(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getHeldBy() {
        return heldBy;
    }

    public Date getHeldUntil() {
        return heldUntil;
    }

    public Date getLastStarted() {
        return lastStarted;
    }

    public Date getLastFinished() {
        return lastFinished;
    }

    public Date getLastCompletedFrom() {
        return lastCompletedFrom;
    }

    public String getLastOutcome() {
        return lastOutcome;
    }

    public String getLastNode() {
        return lastNode;
    }

    public long getRuns() {
        return runs;
    }
}
