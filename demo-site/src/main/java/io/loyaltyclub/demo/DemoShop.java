package io.loyaltyclub.demo;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts the demo shop: the storefront in this JVM and the Broadleaf admin in a second JVM, both on the
 * demo database. The first start creates the database and loads the demo catalogue, customers and admin
 * user; later starts keep what shoppers and admins did.
 *
 * <pre>  ./mvnw -Pdemo package      (storefront http://localhost:8080/, admin http://localhost:8081/admin)</pre>
 */
public final class DemoShop {

    private final DemoSettings settings;
    private final DemoDatabase database;
    private WebServer storefront;
    private Process admin;
    private boolean firstStart;

    private DemoShop(DemoSettings settings) {
        this.settings = settings;
        this.database = new DemoDatabase(settings);
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        final DemoShop shop = start(DemoSettings.fromSystemProperties(), true);
        Runtime.getRuntime().addShutdownHook(new Thread(shop::stop, "demo-shop-shutdown"));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println();
        System.out.println("  Loyalty Club demo shop is running" + (shop.firstStart ? " (first start: demo data loaded)" : "")
                + ", started in " + seconds + " s");
        System.out.println("    Storefront  " + shop.settings.siteUrl() + "   shopper: alice@example.com / shopper");
        System.out.println("    Admin       " + shop.settings.adminUrl() + "   admin / admin");
        System.out.println("    Data        " + shop.settings.dataDir() + "   (delete it to start over)");
        System.out.println("  For local use only: admin / admin, csr / csr and the demo API key are known to everyone");
        System.out.println("  who read the README. Do not run the demo where others can reach it.");
        System.out.println("  Press Ctrl-C to stop.");
        System.out.println();
        new CountDownLatch(1).await();
    }

    /**
     * Starts the database, the storefront and the admin and waits until both answer.
     *
     * @param inheritAdminOutput whether the admin JVM writes to this console (else to {@code <data>/admin.log})
     */
    public static DemoShop start(DemoSettings settings, boolean inheritAdminOutput) {
        DemoShop shop = new DemoShop(settings);
        try {
            shop.run(inheritAdminOutput);
            return shop;
        } catch (RuntimeException e) {
            shop.stop();
            throw e;
        }
    }

    private void run(boolean inheritAdminOutput) {
        if (!settings.dataDir().isDirectory() && !settings.dataDir().mkdirs()) {
            throw new IllegalStateException("Cannot create the data folder " + settings.dataDir());
        }
        database.start();
        firstStart = !database.hasSchema();
        for (Map.Entry<String, String> p : settings.asProperties().entrySet()) {
            System.setProperty(p.getKey(), p.getValue());
        }
        System.setProperty("demo.app", "storefront");
        // Only the storefront changes the schema: on the first start it creates it and loads the demo data,
        // later it adds what a newer plugin version needs. The admin never touches the schema.
        System.setProperty("demo.hbm2ddl", firstStart ? "create" : "update");
        System.setProperty("demo.first.start", Boolean.toString(firstStart));
        if (!firstStart) {
            admin = startAdminJvm(inheritAdminOutput);
        }
        storefront = new WebServer("storefront", settings.bindAddress(), settings.sitePort(), "", settings.dataDir());
        storefront.start();
        if (firstStart) {
            admin = startAdminJvm(inheritAdminOutput);
        }
        waitUntilAnswering(settings.adminUrl() + "/login", 180);
        waitUntilAnswering(settings.siteUrl(), 30);
    }

    public boolean isFirstStart() {
        return firstStart;
    }

    public DemoSettings settings() {
        return settings;
    }

    /** Stops the admin JVM, the storefront and the database. */
    public synchronized void stop() {
        if (admin != null) {
            admin.destroy();
            try {
                if (!admin.waitFor(20, TimeUnit.SECONDS)) {
                    admin.destroyForcibly();
                }
            } catch (InterruptedException e) {
                admin.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            admin = null;
        }
        if (storefront != null) {
            storefront.stop();
            storefront = null;
        }
        database.stop();
    }

    private Process startAdminJvm(boolean inheritOutput) {
        List<String> command = new ArrayList<String>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent") && !arg.startsWith("-D")) {
                command.add(arg);
            }
        }
        for (Map.Entry<String, String> p : settings.asProperties().entrySet()) {
            // The embedded database's password stays off the command line: the admin reads it from the data folder.
            if (!("demo.jdbc.password".equals(p.getKey()) && settings.isPasswordInDataFolder())) {
                command.add("-D" + p.getKey() + "=" + p.getValue());
            }
        }
        command.add("-Ddemo.app=admin");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(AdminConsole.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command);
        if (inheritOutput) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(settings.dataDir(), "admin.log")));
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the admin JVM", e);
        }
    }

    private void waitUntilAnswering(String url, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (admin != null && !admin.isAlive()) {
                throw new IllegalStateException("The admin JVM stopped with exit code " + admin.exitValue()
                        + "; see its output");
            }
            try {
                HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(30000);
                c.setInstanceFollowRedirects(false);
                int status = c.getResponseCode();
                c.disconnect();
                if (status < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(url + " did not answer within " + seconds + " s");
    }
}
