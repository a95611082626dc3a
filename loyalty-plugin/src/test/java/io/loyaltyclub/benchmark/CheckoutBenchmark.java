package io.loyaltyclub.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checkout and pricing benchmark: runs {@link BenchmarkRun} with the plugin off and on, each in a JVM of
 * its own, and prints the medians side by side with their ratio, and the ratio round by round (each round's on over
 * the same round's off: the two JVMs of a round ran one after the other, under the same load of the machine) with
 * the median of those paired ratios.
 *
 * <pre>  ./mvnw -q -Pbenchmark -pl loyalty-plugin -am verify -DskipTests</pre>
 *
 * Options (system properties, every one reaches it through the command above: {@link BenchmarkLauncher}):
 * bench.rounds (5), bench.orders (200), bench.pricings (300), bench.warmup (40), loyalty.test.db (hsqldb or postgres).
 */
public final class CheckoutBenchmark {

    private CheckoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Rounds alternate the modes (off, on, off, on, ...) so that whatever else the machine does weighs on both.
        int rounds = Integer.getInteger("bench.rounds", 5);
        Map<String, List<Map<String, String>>> results = new LinkedHashMap<String, List<Map<String, String>>>();
        results.put("off", new ArrayList<Map<String, String>>());
        results.put("on", new ArrayList<Map<String, String>>());
        for (int round = 0; round < rounds; round++) {
            for (String mode : results.keySet()) {
                results.get(mode).add(run(mode));
            }
        }
        List<Map<String, String>> offRounds = results.get("off");
        List<Map<String, String>> onRounds = results.get("on");
        Map<String, String> off = medians(offRounds);
        Map<String, String> on = medians(onRounds);
        System.out.println();
        System.out.println("Checkout and pricing benchmark (" + on.get("db") + ", " + rounds + " rounds per mode of "
                + on.get("orders") + " orders and " + on.get("pricings") + " pricings of a 10-line order; medians of "
                + "the rounds' medians; paired: the median of the rounds' own on/off, each round's on over the same "
                + "round's off)");
        System.out.println(String.format(Locale.ROOT, "  %-34s %12s %12s %8s %8s   %s", "", "plugin off", "plugin on",
                "on/off", "paired", "on/off round by round"));
        line("checkout workflow per order (ms)", offRounds, onRounds, "checkout.median.ms");
        line("checkout p90 (ms)", offRounds, onRounds, "checkout.p90.ms");
        line("checkout thread's CPU (ms)", offRounds, onRounds, "checkout.cpu.median.ms");
        System.out.println(String.format(Locale.ROOT, "  %-34s %12s %12s", "points of all orders credited (ms)", "-",
                on.get("earning.drain.ms")) + "  (after the last checkout, by the club's worker)");
        line("pricing a 10-line order (ms)", offRounds, onRounds, "pricing.median.ms");
        line("pricing p90 (ms)", offRounds, onRounds, "pricing.p90.ms");
        line("listing: 50 products' prices (ms)", offRounds, onRounds, "listing.median.ms");
        line("listing p90 (ms)", offRounds, onRounds, "listing.p90.ms");
        // Broadleaf's own dynamic pricing runs in the plugin-off JVMs: its ratio is over the same round's static listing.
        List<Double> dynamic = new ArrayList<Double>();
        for (Map<String, String> round : offRounds) {
            dynamic.add(Double.parseDouble(round.get("listing.bldynamic.median.ms"))
                    / Double.parseDouble(round.get("listing.median.ms")));
        }
        System.out.println(String.format(Locale.ROOT, "  %-34s %12s %12.2f %8.3f %8.3f   %s",
                "listing, Broadleaf's own dynamic", "", Double.parseDouble(off.get("listing.bldynamic.median.ms")),
                Double.parseDouble(off.get("listing.bldynamic.median.ms")) / Double.parseDouble(off.get("listing.median.ms")),
                median(dynamic), ratios(dynamic))
                + "  (its default DynamicSkuPricingService, without the plugin)");
        line("Gold member's 10-line cart (ms)", offRounds, onRounds, "memberpricing.median.ms");
        line("Gold member's cart p90 (ms)", offRounds, onRounds, "memberpricing.p90.ms");
    }

    /** Each round's on over the same round's off, in the order of the rounds. */
    static List<Double> pairedRatios(List<Map<String, String>> off, List<Map<String, String>> on, String key) {
        List<Double> ratios = new ArrayList<Double>();
        for (int round = 0; round < Math.min(off.size(), on.size()); round++) {
            ratios.add(Double.parseDouble(on.get(round).get(key)) / Double.parseDouble(off.get(round).get(key)));
        }
        return ratios;
    }

    /** The median (of an even count, the mean of the two middle values). */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<Double>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String ratios(List<Double> ratios) {
        StringBuilder text = new StringBuilder();
        for (double ratio : ratios) {
            text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", ratio));
        }
        return text.toString();
    }

    /** Per figure, the median of the rounds (the other values from the last round). */
    private static Map<String, String> medians(List<Map<String, String>> rounds) {
        Map<String, String> result = new LinkedHashMap<String, String>(rounds.get(rounds.size() - 1));
        for (String key : result.keySet()) {
            if (key.endsWith(".ms")) {
                List<Double> values = new ArrayList<Double>();
                for (Map<String, String> round : rounds) {
                    values.add(Double.parseDouble(round.get(key)));
                }
                Collections.sort(values);
                result.put(key, String.format(Locale.ROOT, "%.3f", values.get(values.size() / 2)));
            }
        }
        return result;
    }

    private static void line(String label, List<Map<String, String>> offRounds, List<Map<String, String>> onRounds,
            String key) {
        double a = Double.parseDouble(medians(offRounds).get(key));
        double b = Double.parseDouble(medians(onRounds).get(key));
        List<Double> paired = pairedRatios(offRounds, onRounds, key);
        System.out.println(String.format(Locale.ROOT, "  %-34s %12.2f %12.2f %8.3f %8.3f   %s", label, a, b, b / a,
                median(paired), ratios(paired)));
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
