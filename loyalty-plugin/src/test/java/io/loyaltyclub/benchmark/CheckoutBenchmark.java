package io.loyaltyclub.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checkout and pricing benchmark: runs {@link BenchmarkRun} with the plugin off and on, each in a JVM of
 * its own, and prints the medians side by side with their ratio.
 *
 * <pre>  ./mvnw -q -Pbenchmark -pl loyalty-plugin -am verify -DskipTests</pre>
 *
 * Options (system properties): bench.orders (200), bench.pricings (300), bench.warmup (40),
 * loyalty.test.db (hsqldb or postgres).
 */
public final class CheckoutBenchmark {

    private CheckoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Map<String, String>> results = new LinkedHashMap<String, Map<String, String>>();
        for (String mode : new String[] {"off", "on"}) {
            results.put(mode, run(mode));
        }
        Map<String, String> off = results.get("off");
        Map<String, String> on = results.get("on");
        System.out.println();
        System.out.println("Checkout and pricing benchmark (" + on.get("db") + ", " + on.get("orders") + " orders, "
                + on.get("pricings") + " pricings of a 10-line order, medians)");
        System.out.println(String.format(Locale.ROOT, "  %-34s %12s %12s %8s", "", "plugin off", "plugin on", "on/off"));
        line("checkout workflow per order (ms)", off, on, "checkout.median.ms");
        line("checkout p90 (ms)", off, on, "checkout.p90.ms");
        line("pricing a 10-line order (ms)", off, on, "pricing.median.ms");
        line("pricing p90 (ms)", off, on, "pricing.p90.ms");
    }

    private static void line(String label, Map<String, String> off, Map<String, String> on, String key) {
        double a = Double.parseDouble(off.get(key));
        double b = Double.parseDouble(on.get(key));
        System.out.println(String.format(Locale.ROOT, "  %-34s %12.2f %12.2f %8.3f", label, a, b, b / a));
    }

    private static Map<String, String> run(String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<String>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchmarkRun.class.getName());
        command.add(mode);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(BenchmarkRun.RESULT)) {
                    result = line;
                    System.out.println(line);
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException("The benchmark run with the plugin " + mode + " failed");
        }
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (String pair : result.substring(BenchmarkRun.RESULT.length()).trim().split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return values;
    }
}
