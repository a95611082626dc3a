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
            boolean existing = new File(folder, "shop.properties").isFile() || new File(folder, "shop.script").isFile();
            String path = "file:" + new File(folder, "shop").getPath()
                    + ";hsqldb.tx=mvlocks;hsqldb.write_delay_millis=200;hsqldb.lob_compressed=true";
            if (!existing) {
                // A new database is made with its administrator's password, never with SA and an empty one.
                String password = settings.isPasswordInDataFolder() ? DatabasePasswordFile.create(settings.dataDir())
                        : settings.jdbcPassword();
                path += ";user=" + settings.jdbcUser() + ";password=" + password;
            }
            server = new Server();
            server.setLogWriter(null);
            server.setErrWriter(null);
            server.setDatabaseName(0, "shop");
            server.setDatabasePath(0, path);
            // Only this machine: the admin JVM connects on the loopback address.
            server.setAddress("127.0.0.1");
            server.setPort(settings.hsqldbPort());
            server.setSilent(true);
            server.setTrace(false);
            server.setNoSystemExit(true);
            server.start();
            if (server.getState() != ServerConstants.SERVER_STATE_ONLINE) {
                throw new IllegalStateException("The embedded database did not start on port " + settings.hsqldbPort()
                        + " (is another demo shop running?)", server.getServerError());
            }
            if (existing && settings.isPasswordInDataFolder()) {
                giveOlderDatabaseAPassword(folder);
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

    /**
     * A database made by a demo before the password (SA, an empty password) gets one on its first start with this
     * version; so does one whose change of password was cut short. Nothing else in it changes.
     */
    private void giveOlderDatabaseAPassword(File folder) {
        String kept = DatabasePasswordFile.read(settings.dataDir());
        if (kept != null && signsIn(kept)) {
            return;
        }
        if (!signsIn("")) {
            throw new IllegalStateException("The embedded database in " + folder + " does not accept the password in "
                    + DatabasePasswordFile.of(settings.dataDir()) + (kept == null ? " (there is none)" : "")
                    + ". Put its password there, or delete " + settings.dataDir() + " to start over.");
        }
        String password = DatabasePasswordFile.create(settings.dataDir());
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), "");
             Statement statement = c.createStatement()) {
            statement.execute("SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give the embedded database a password: " + e.getMessage(), e);
        }
        System.out.println("  The demo database had no password; it has one now, kept in "
                + DatabasePasswordFile.of(settings.dataDir()));
    }

    private boolean signsIn(String password) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), password)) {
            return true;
        } catch (SQLException e) {
            if ("28000".equals(e.getSQLState()) || "28501".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Cannot reach the embedded database: " + e.getMessage(), e);
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
            // Until the port and the files are free again.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (server.getState() != ServerConstants.SERVER_STATE_SHUTDOWN && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
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
