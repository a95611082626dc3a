package io.loyaltyclub.platform;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The shop's database connections with a small reserve for the connection a thread takes while it still holds one.
 *
 * <p>A thread's first connection comes from {@code pool}, the shop's pool. A second one, taken while the first is
 * still open, comes from {@code reserve}: Hibernate 4.1 fetches every 50th id of an entity (Broadleaf's
 * {@code IdOverrideTableGenerator}, used by Broadleaf's entities and the club's) on a connection of its own,
 * inside the generator's lock, while the inserting thread keeps its own. Taken from the shop's pool, that second
 * connection waits for a free one while the other threads inserting the same entity wait for the lock, holding
 * theirs: with every connection of the pool held so, nobody moves until the pool's time-out. From the reserve it
 * never waits for the requests' connections, and nothing holding a reserve connection waits for another one, so
 * a wait for the reserve is always short.
 *
 * <p>The club's own code never takes a second connection (README, "Connection budget"): the reserve is for
 * Hibernate's id segments and Broadleaf's own isolated work (its legacy {@code findNextId}, admin sandboxes).
 */
public class NestedConnectionReserve extends DelegatingDataSource {

    private final DataSource reserve;
    private final HeldConnections held = new HeldConnections();
    private final AtomicLong reserveUses = new AtomicLong();

    public NestedConnectionReserve(DataSource pool, DataSource reserve) {
        super(pool);
        if (reserve == null) {
            throw new IllegalArgumentException("Give the reserve pool");
        }
        this.reserve = reserve;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (held.heldByThisThread() > 0) {
            Connection nested = reserve.getConnection();
            reserveUses.incrementAndGet();
            return held.hold(nested);
        }
        return held.hold(getTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("The shop's pools have their user and password");
    }

    /** How many connections the reserve has given out since start. */
    public long getReserveUses() {
        return reserveUses.get();
    }

    /** How many connections the calling thread holds now. */
    public int heldByThisThread() {
        return held.heldByThisThread();
    }
}
