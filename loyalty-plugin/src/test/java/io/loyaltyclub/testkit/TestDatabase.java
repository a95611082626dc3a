package io.loyaltyclub.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a test run boots Broadleaf on: an in-memory HSQLDB by default, or a fresh PostgreSQL
 * database with {@code -Dloyalty.test.db=postgres} (dropped again when the run ends).
 */
public final class TestDatabase {

    public static final String SELECTOR = "loyalty.test.db";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Tells the databases of concurrent runs on one server apart. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final String dialect;
    private final String adminUrl;
    private final String databaseName;

    private TestDatabase(String kind, String url, String user, String password, String dialect,
                         String adminUrl, String databaseName) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
        this.adminUrl = adminUrl;
        this.databaseName = databaseName;
    }

    /** The database chosen by the {@value #SELECTOR} system property. */
    public static TestDatabase selected() {
        String kind = System.getProperty(SELECTOR, "hsqldb").trim().toLowerCase();
        if ("hsqldb".equals(kind) || kind.isEmpty()) {
            return hsqldb();
        }
        if ("postgres".equals(kind) || "postgresql".equals(kind)) {
            return postgres();
        }
        throw new IllegalArgumentException("Unknown " + SELECTOR + "=" + kind + "; use hsqldb or postgres");
    }

    public static TestDatabase hsqldb() {
        String name = "loyalty_" + RUN + "_" + SEQUENCE.incrementAndGet();
        return new TestDatabase("hsqldb", "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvlocks", "SA", "",
                "org.hibernate.dialect.HSQLDialect", null, name);
    }

    /**
     * A new, empty database on the PostgreSQL server named by {@code loyalty.test.pg.url}
     * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}).
     */
    public static TestDatabase postgres() {
        String adminUrl = System.getProperty("loyalty.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("loyalty.test.pg.user", "postgres");
        String password = System.getProperty("loyalty.test.pg.password", "");
        String name = "loyalty_it_" + RUN + "_" + SEQUENCE.incrementAndGet();
        execute(adminUrl, user, password, "CREATE DATABASE " + name);
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new TestDatabase("postgres", url, user, password, "io.loyaltyclub.platform.PostgreSqlDialect",
                adminUrl, name);
    }

    /**
     * Drops a database this run created (kept with {@code -Dloyalty.test.keepDatabase=true}, to look at it);
     * an in-memory one simply goes away with the JVM.
     */
    public void drop() {
        if (adminUrl != null && !Boolean.getBoolean("loyalty.test.keepDatabase")) {
            execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public boolean isPostgres() {
        return "postgres".equals(kind);
    }

    public String kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String dialect() {
        return dialect;
    }

    @Override
    public String toString() {
        return kind + " " + url;
    }
}
