package io.loyaltyclub.jobs.persistence;

import java.util.Date;
import java.util.List;

public interface JobDao {

    /** Makes the job's row if there is none; a row made meanwhile by another node is fine. */
    void ensureExists(String name);

    /**
     * Claims the job for {@code node} until {@code until}, when nobody holds it at {@code now}.
     *
     * @return whether this node holds it now
     */
    boolean claim(String name, String node, Date now, Date until);

    /** Ends this node's claim and records the run. */
    void release(String name, String node, Date finished, String outcome, Date completedFrom);

    LoyaltyJobImpl find(String name);

    List<LoyaltyJobImpl> findAll();
}
