package io.loyaltyclub.testkit;

import io.loyaltyclub.platform.HeldConnections;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The harness's data source, watching how many connections each thread holds: any thread that takes a second
 * connection while it still holds one is recorded with the stack of that second request ({@link #nested()}).
 *
 * <p>One kind is not the club's and is expected: Hibernate's table generator fetching a new segment of 50 ids on
 * a connection of its own (Broadleaf's {@code IdOverrideTableGenerator}), which the shop's
 * {@code NestedConnectionReserve} serves from its reserve pool. Those are counted ({@link #idSegments()}), not
 * recorded. {@link OneConnectionAtATime} fails every test during which anything else happened.
 */
public final class ConnectionWatch extends DelegatingDataSource {

    private static final List<ConnectionWatch> WATCHES = new CopyOnWriteArrayList<ConnectionWatch>();

    private final HeldConnections held = new HeldConnections();
    private final List<String> nested = new CopyOnWriteArrayList<String>();
    private final AtomicInteger idSegments = new AtomicInteger();
    private volatile boolean watching;
    private volatile boolean countingRoundTrips;

    public ConnectionWatch(DataSource target) {
        super(target);
        WATCHES.add(this);
    }

    /** Every watch of this JVM (one per booted harness). */
    public static List<ConnectionWatch> all() {
        return WATCHES;
    }

    /** Starts recording (the harness calls it once Broadleaf has booted: its start-up work is not ours). */
    public void start() {
        watching = true;
    }

    /** What was recorded since the last {@link #clear()}: one description (thread and stack) per nested connection. */
    public List<String> nested() {
        return new ArrayList<String>(nested);
    }

    public void clear() {
        nested.clear();
    }

    /** Id segments fetched on a second connection since start (served by the reserve). */
    public int idSegments() {
        return idSegments.get();
    }

    /**
     * Whether connections taken from now on count the statements their thread sends ({@link RoundTrips}); off by
     * default (the proxies cost time the benchmarks would measure).
     */
    public void countRoundTrips(boolean on) {
        countingRoundTrips = on;
    }

    /** How many connections the calling thread holds now. */
    public int heldByThisThread() {
        return held.heldByThisThread();
    }

    @Override
    public Connection getConnection() throws SQLException {
        int already = held.heldByThisThread();
        if (watching && already > 0) {
            record(already);
        }
        Connection connection = getTargetDataSource().getConnection();
        // Only the thread's first connection: a second one is an id segment's (see above), not the work's.
        return held.hold(countingRoundTrips && already == 0 ? RoundTrips.counting(connection) : connection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("The harness's pool has its user and password");
    }

    private void record(int alreadyHeld) {
        StackTraceElement[] stack = new Throwable().getStackTrace();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("org.hibernate.id.enhanced.TableGenerator")) {
                idSegments.incrementAndGet();
                return;
            }
        }
        StringBuilder text = new StringBuilder("Thread '").append(Thread.currentThread().getName())
                .append("' took connection ").append(alreadyHeld + 1).append(" while holding ").append(alreadyHeld)
                .append(':');
        int shown = 0;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.equals(ConnectionWatch.class.getName())) {
                continue;
            }
            if (type.startsWith("io.loyaltyclub") || type.startsWith("org.broadleafcommerce")
                    || type.startsWith("org.springframework.transaction") || type.startsWith("org.hibernate.id")
                    || type.startsWith("org.springframework.orm.jpa.JpaTransactionManager")) {
                text.append("\n    at ").append(frame);
                if (++shown == 40) {
                    break;
                }
            }
        }
        nested.add(text.toString());
    }
}
