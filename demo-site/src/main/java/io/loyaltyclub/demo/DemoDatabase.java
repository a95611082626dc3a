package io.loyaltyclub.demo;

import org.hsqldb.server.Server;
import org.hsqldb.server.ServerConstants;

import java.io.File;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The demo's database. With {@code demo.db=hsqldb} this is an HSQLDB file database under
 * {@code <data>/db/}, served on a local port so that the storefront and the admin (two JVMs, as in a
 * real deployment) share it. With PostgreSQL or MariaDB the server must be running; the database is
 * created when it is missing.
 */
final class DemoDatabase {

    private final DemoSettings settings;
    private Server server;

    DemoDatabase(DemoSettings settings) {
        this.settings = settings;
    }

    /** Starts what the chosen database needs on this machine. */
    void start() {
        if (settings.isEmbeddedDatabase()) {
            File folder = new File(settings.dataDir(), "db");
            if (!folder.isDirectory() && !folder.mkdirs()) {
                throw new IllegalStateException("Cannot create the database folder " + folder);
            }
            server = new Server();
            server.setDatabaseName(0, "shop");
            server.setDatabasePath(0, "file:" + new File(folder, "shop").getPath()
                    + ";hsqldb.tx=mvlocks;hsqldb.write_delay_millis=200;hsqldb.lob_compressed=true");
            server.setAddress("127.0.0.1");
            server.setPort(settings.hsqldbPort());
            server.setSilent(true);
            server.setTrace(false);
            server.setNoSystemExit(true);
            server.setLogWriter(null);
            server.setErrWriter(null);
            server.start();
            if (server.getState() != ServerConstants.SERVER_STATE_ONLINE) {
                throw new IllegalStateException("The embedded database did not start on port " + settings.hsqldbPort()
                        + " (is another demo shop running?)", server.getServerError());
            }
            useMultiVersionReadsWithTableWriteLocks();
        } else if ("postgres".equals(settings.db())) {
            createPostgresDatabaseIfMissing();
        }
    }

    /**
     * MVLOCKS: reads see a snapshot and never wait, writes lock their tables. A database made by an older demo (MVCC,
     * row locks) is switched on start: under HSQLDB's row locks a session waiting for a member's row was seen to wait
     * forever once in a few runs of 32 concurrent spendings (docs/runtime.md).
     */
    private void useMultiVersionReadsWithTableWriteLocks() {
        try (Connection c = connect(); java.sql.Statement statement = c.createStatement()) {
            statement.execute("SET DATABASE TRANSACTION CONTROL MVLOCKS");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the embedded database's locking: " + e.getMessage(), e);
        }
    }

    /** Whether Broadleaf's tables exist, that is whether this is not the shop's first start. */
    boolean hasSchema() {
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String name : new String[] {"BLC_CUSTOMER", "blc_customer"}) {
                try (ResultSet tables = meta.getTables(null, null, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database at " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    }

    /** Writes everything to disk and stops the embedded database. */
    void stop() {
        if (server != null) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // Already down: nothing is lost, HSQLDB logs every commit.
            }
            server.stop();
            server = null;
        }
    }

    private void createPostgresDatabaseIfMissing() {
        String url = settings.jdbcUrl();
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("[?;].*$", "");
        String adminUrl = url.substring(0, slash + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, settings.jdbcUser(), settings.jdbcPassword());
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalStateException("Create the database " + name + " yourself, its name needs quoting");
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + adminUrl + ": " + e.getMessage(), e);
        }
    }
}
