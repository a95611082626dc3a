package io.loyaltyclub.demo;

import java.util.concurrent.CountDownLatch;

/**
 * The Broadleaf admin of the demo shop, in its own JVM (started by {@link DemoShop}).
 */
public final class AdminConsole {

    private AdminConsole() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoSettings settings = DemoSettings.fromSystemProperties();
        System.setProperty("demo.hbm2ddl", "none");
        // The embedded database's password, from the data folder (the storefront's JVM made it).
        System.setProperty("demo.jdbc.password", settings.jdbcPassword());
        final WebServer admin = new WebServer("admin", settings.bindAddress(), settings.adminPort(), "/admin", settings.dataDir());
        admin.start();
        Runtime.getRuntime().addShutdownHook(new Thread(admin::stop, "admin-shutdown"));
        new CountDownLatch(1).await();
    }
}
