package io.loyaltyclub.benchmark;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code ./mvnw -Pbenchmark ... verify} runs (exec:java, inside Maven's JVM) for each benchmark: the benchmark's
 * main class in a JVM of its own, with the JVM flags of the build ({@code surefire.jvm.flags}, the first argument),
 * loyalty-plugin's test classpath, and <b>every</b> {@code bench.*} property and {@code loyalty.test.db} of the command
 * line as a system property, without a list to keep here: an option a benchmark reads, named or added later, gets there.
 * Maven gives its {@code -D} options to its own JVM's system properties, which is where they are read from.
 *
 * <p>Arguments: the JVM flags, the benchmark's main class, then {@code name=value} options the benchmark always runs
 * with (they win over the command line's: the ledger benchmark is always on PostgreSQL).
 */
public final class BenchmarkLauncher {

    /** The prefix of the benchmarks' own options. */
    static final String PREFIX = "bench.";
    /** The database the benchmarks run on (hsqldb or postgres), named as the integration tests name it. */
    static final String DATABASE = "loyalty.test.db";

    private BenchmarkLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("Arguments: <JVM flags> <main class> [name=value ...]");
        }
        List<String> command = command(new File(System.getProperty("java.home"), "bin/java").getPath(), args[0],
                System.getProperties(), Arrays.asList(args).subList(2, args.length),
                classpath(Thread.currentThread().getContextClassLoader()), args[1]);
        Process benchmark = new ProcessBuilder(command).inheritIO().start();
        int exit = benchmark.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(args[1] + " stopped with exit code " + exit + "; see its output above");
        }
    }

    /** {@code java <flags> -Dbench.*=... -Dloyalty.test.db=... -D<fixed> -classpath <classpath> <main class>}. */
    static List<String> command(String java, String jvmFlags, Properties properties, List<String> fixed,
            String classpath, String mainClass) {
        List<String> command = new ArrayList<String>();
        command.add(java);
        for (String flag : jvmFlags.trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                command.add(flag);
            }
        }
        Map<String, String> options = new TreeMap<String, String>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PREFIX) || name.equals(DATABASE)) {
                options.put(name, properties.getProperty(name));
            }
        }
        for (String option : fixed) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Not name=value: " + option);
            }
            options.put(option.substring(0, equals), option.substring(equals + 1));
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            command.add("-D" + option.getKey() + "=" + option.getValue());
        }
        command.add("-classpath");
        command.add(classpath);
        command.add(mainClass);
        return command;
    }

    /**
     * The class path exec:java gave this class (its own class loader, not Maven's behind it): loyalty-plugin's test
     * and main classes and their test-scope dependencies; outside exec:java, this JVM's class path.
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
}
