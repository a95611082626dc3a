package io.loyaltyclub.demo;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the demo shop runs: ports, data folder and database. Read from system properties, so the same
 * settings reach the admin JVM and Broadleaf's property placeholders.
 *
 * <table>
 *   <tr><td>demo.site.port</td><td>8080</td></tr>
 *   <tr><td>demo.admin.port</td><td>8081</td></tr>
 *   <tr><td>demo.bind.address</td><td>127.0.0.1: the address both web servers listen on (0.0.0.0 for every address
 *   of the machine; the demo's users and API key are public, so only on a network of your own)</td></tr>
 *   <tr><td>demo.data.dir</td><td>data (in the working directory)</td></tr>
 *   <tr><td>demo.db</td><td>hsqldb (embedded file database), postgres or mariadb</td></tr>
 *   <tr><td>demo.jdbc.url, demo.jdbc.user, demo.jdbc.password</td><td>override the database defaults (the embedded
 *   database's password is made on its first start and kept in data/db/password)</td></tr>
 *   <tr><td>demo.jdbc.maxPoolSize, demo.jdbc.reservePoolSize</td><td>20 and 4: each app's pool and its reserve for
 *   nested connections</td></tr>
 *   <tr><td>demo.mail.host, demo.mail.port, demo.mail.user, demo.mail.password, demo.mail.starttls</td><td>an SMTP
 *   server for e-mails (default: none, they are written to data/mail as .eml files; port 587, STARTTLS on)</td></tr>
 * </table>
 */
public final class DemoSettings {

    private final int sitePort;
    private final int adminPort;
    private final File dataDir;
    private final String db;
    private final int hsqldbPort;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final String dialect;
    private final String bindAddress;

    private DemoSettings(int sitePort, int adminPort, File dataDir, String db, int hsqldbPort,
                         String jdbcUrl, String jdbcUser, String jdbcPassword, String dialect, String bindAddress) {
        this.sitePort = sitePort;
        this.adminPort = adminPort;
        this.dataDir = dataDir;
        this.db = db;
        this.hsqldbPort = hsqldbPort;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.dialect = dialect;
        this.bindAddress = bindAddress;
    }

    /** The settings given by system properties, with the documented defaults. */
    public static DemoSettings fromSystemProperties() {
        return of(Integer.getInteger("demo.site.port", 8080), Integer.getInteger("demo.admin.port", 8081),
                new File(System.getProperty("demo.data.dir", "data")), System.getProperty("demo.db", "hsqldb"),
                Integer.getInteger("demo.hsqldb.port", 9137));
    }

    /** Settings for the given ports, folder and database kind; JDBC overrides still come from system properties. */
    public static DemoSettings of(int sitePort, int adminPort, File dataDir, String db, int hsqldbPort) {
        String kind = db.trim().toLowerCase();
        String url;
        String user;
        String password;
        String dialect;
        if ("hsqldb".equals(kind)) {
            url = "jdbc:hsqldb:hsql://127.0.0.1:" + hsqldbPort + "/shop";
            user = "SA";
            // Made on the first start and kept in <data>/db/password (DatabasePasswordFile), unless given.
            password = null;
            dialect = "org.hibernate.dialect.HSQLDialect";
        } else if ("postgres".equals(kind) || "postgresql".equals(kind)) {
            kind = "postgres";
            url = "jdbc:postgresql://127.0.0.1:5432/loyalty_demo";
            user = "postgres";
            password = "";
            dialect = "io.loyaltyclub.platform.PostgreSqlDialect";
        } else if ("mariadb".equals(kind) || "mysql".equals(kind)) {
            kind = "mariadb";
            url = "jdbc:mariadb://127.0.0.1:3306/loyalty_demo?createDatabaseIfNotExist=true";
            user = "root";
            password = "";
            dialect = "org.hibernate.dialect.MySQL5InnoDBDialect";
        } else {
            throw new IllegalArgumentException("demo.db=" + db + " is not one of hsqldb, postgres, mariadb");
        }
        return new DemoSettings(sitePort, adminPort, dataDir.getAbsoluteFile(), kind, hsqldbPort,
                System.getProperty("demo.jdbc.url", url), System.getProperty("demo.jdbc.user", user),
                password == null ? givenOrNull("demo.jdbc.password") : System.getProperty("demo.jdbc.password", password),
                System.getProperty("demo.hibernate.dialect", dialect), givenBindAddress());
    }

    /** demo.bind.address, 127.0.0.1 when missing or empty. */
    private static String givenBindAddress() {
        String given = givenOrNull("demo.bind.address");
        return given == null ? "127.0.0.1" : given.trim();
    }

    /** A system property, null when missing or empty (a build tool passing an unset option gives an empty one). */
    private static String givenOrNull(String name) {
        String value = System.getProperty(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The address the storefront's and the admin's web servers listen on. */
    public String bindAddress() {
        return bindAddress;
    }

    /**
     * The properties the web applications read (Broadleaf's placeholders fall back to system properties),
     * without the first-start switches that only the storefront gets.
     */
    public Map<String, String> asProperties() {
        Map<String, String> p = new LinkedHashMap<String, String>();
        p.put("demo.site.port", Integer.toString(sitePort));
        p.put("demo.admin.port", Integer.toString(adminPort));
        p.put("demo.bind.address", bindAddress);
        p.put("demo.data.dir", dataDir.getPath());
        p.put("demo.db", db);
        p.put("demo.hsqldb.port", Integer.toString(hsqldbPort));
        p.put("demo.jdbc.url", jdbcUrl);
        p.put("demo.jdbc.user", jdbcUser);
        p.put("demo.jdbc.password", jdbcPassword());
        p.put("demo.hibernate.dialect", dialect);
        // The club's own settings given on the command line (-Dloyalty.*) reach the admin JVM as they reach the shop's.
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("loyalty.")) {
                p.put(name, System.getProperty(name));
            }
        }
        // The pools of each app (README, "Connection budget"): the admin JVM gets the same sizes.
        p.put("demo.jdbc.maxPoolSize", System.getProperty("demo.jdbc.maxPoolSize", "20"));
        p.put("demo.jdbc.reservePoolSize", System.getProperty("demo.jdbc.reservePoolSize", "4"));
        p.put("demo.assets.dir", new File(dataDir, "assets").getPath());
        // Mail: written to data/mail unless an SMTP server is given (-Ddemo.mail.host and the rest).
        p.put("demo.mail.dir", new File(dataDir, "mail").getPath());
        String mailHost = System.getProperty("demo.mail.host", "").trim();
        p.put("demo.mail.host", mailHost);
        p.put("demo.mail.port", System.getProperty("demo.mail.port", "587"));
        p.put("demo.mail.user", System.getProperty("demo.mail.user", ""));
        p.put("demo.mail.password", System.getProperty("demo.mail.password", ""));
        p.put("demo.mail.auth", Boolean.toString(!System.getProperty("demo.mail.user", "").isEmpty()));
        p.put("demo.mail.starttls", System.getProperty("demo.mail.starttls", "true"));
        // Broadleaf's property files for "development" (the only environment of the demo).
        p.put("runtime.environment", "development");
        return p;
    }

    public int sitePort() {
        return sitePort;
    }

    public int adminPort() {
        return adminPort;
    }

    public File dataDir() {
        return dataDir;
    }

    public String db() {
        return db;
    }

    public boolean isEmbeddedDatabase() {
        return "hsqldb".equals(db);
    }

    public int hsqldbPort() {
        return hsqldbPort;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String jdbcUser() {
        return jdbcUser;
    }

    /** The database password: given, the server's default, or the embedded database's from its data folder. */
    public String jdbcPassword() {
        if (jdbcPassword != null) {
            return jdbcPassword;
        }
        String kept = DatabasePasswordFile.read(dataDir);
        return kept == null ? "" : kept;
    }

    /** Whether the password is the embedded database's own, kept in the data folder (not given, never on a command line). */
    public boolean isPasswordInDataFolder() {
        return isEmbeddedDatabase() && jdbcPassword == null;
    }

    public String siteUrl() {
        return "http://localhost:" + sitePort + "/";
    }

    public String adminUrl() {
        return "http://localhost:" + adminPort + "/admin";
    }
}
