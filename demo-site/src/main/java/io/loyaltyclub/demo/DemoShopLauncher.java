package io.loyaltyclub.demo;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What {@code ./mvnw -Pdemo package} runs (exec:java, inside Maven's JVM): the demo shop ({@link DemoShop}) in a JVM of
 * its own, with the JVM flags of demo-site's pom ({@code demo.jvm.flags}, the first argument), in demo-site's folder
 * (the second argument: the default data folder is {@code demo-site/data}), with demo-site's runtime classpath, and <b>every</b> {@code demo.*} property of the command line as a system property: the ports and the
 * data folder, {@code demo.db}, {@code demo.jdbc.*}, {@code demo.mail.*}, and any option the shop reads, named or added
 * later, without a list to keep here. Maven gives its {@code -D} options to its own JVM's system properties, which is
 * where they are read from. Waits for the shop; Ctrl-C (or stopping Maven) stops it.
 */
public final class DemoShopLauncher {

    /** The prefix of the options that reach the shop. */
    static final String PREFIX = "demo.";
    /** The JVM flags, given to the shop's JVM as flags, not as a property. */
    static final String JVM_FLAGS = "demo.jvm.flags";

    private DemoShopLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String flags = args.length > 0 ? args[0] : "";
        File folder = new File(args.length > 1 ? args[1] : ".");
        List<String> command = command(new File(System.getProperty("java.home"), "bin/java").getPath(), flags,
                System.getProperties(), classpath(Thread.currentThread().getContextClassLoader()));
        final Process shop = new ProcessBuilder(command).directory(folder).inheritIO().start();
        Thread stop = new Thread(new Runnable() {
            @Override
            public void run() {
                stop(shop);
            }
        }, "demo-shop-launcher-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = shop.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        if (exit != 0) {
            throw new IllegalStateException("The demo shop stopped with exit code " + exit + "; see its output above");
        }
    }

    /** {@code java <flags> -Ddemo.*=... -classpath <classpath> io.loyaltyclub.demo.DemoShop}. */
    static List<String> command(String java, String jvmFlags, Properties properties, String classpath) {
        List<String> command = new ArrayList<String>();
        command.add(java);
        for (String flag : jvmFlags.trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                command.add(flag);
            }
        }
        Map<String, String> options = new TreeMap<String, String>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PREFIX) && !name.equals(JVM_FLAGS)) {
                options.put(name, properties.getProperty(name));
            }
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            command.add("-D" + option.getKey() + "=" + option.getValue());
        }
        command.add("-classpath");
        command.add(classpath);
        command.add(DemoShop.class.getName());
        return command;
    }

    /**
     * The class path exec:java gave this class (its own class loader, not Maven's behind it): demo-site's classes and
     * its runtime dependencies; outside exec:java, this JVM's class path.
     */
    static String classpath(ClassLoader loader) throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<String>();
        if (loader instanceof URLClassLoader) {
            for (URL url : ((URLClassLoader) loader).getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    entries.add(new File(url.toURI()).getPath());
                }
            }
        }
        if (entries.isEmpty()) {
            return System.getProperty("java.class.path");
        }
        StringBuilder classpath = new StringBuilder();
        for (String entry : entries) {
            if (classpath.length() > 0) {
                classpath.append(File.pathSeparatorChar);
            }
            classpath.append(entry);
        }
        return classpath.toString();
    }

    private static void stop(Process shop) {
        if (!shop.isAlive()) {
            return;
        }
        // As Ctrl-C does: the shop's own shutdown hook stops the admin JVM and closes the database.
        shop.destroy();
        try {
            if (!shop.waitFor(40, TimeUnit.SECONDS)) {
                shop.destroyForcibly();
            }
        } catch (InterruptedException e) {
            shop.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
