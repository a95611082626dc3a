package io.loyaltyclub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

class BenchmarkLauncherTest {

    @Test
    void every_bench_option_and_the_database_of_the_command_line_reach_the_benchmark_and_nothing_else() {
        Properties maven = new Properties();
        maven.setProperty("bench.ledger.postings", "500");
        maven.setProperty("bench.ledger.sizes", "10000,20000");
        maven.setProperty("bench.rounds", "3");
        maven.setProperty("bench.an.option.added.later", "with spaces");
        maven.setProperty("loyalty.test.db", "postgres");
        maven.setProperty("maven.home", "/opt/maven");
        maven.setProperty("benchmarks", "not an option");
        maven.setProperty("demo.site.port", "18080");

        List<String> command = BenchmarkLauncher.command("/jdk/bin/java", " -Xmx1g  -XX:+UseSerialGC ", maven,
                Collections.<String>emptyList(), "a.jar:b.jar", "io.loyaltyclub.benchmark.LedgerBenchmark");

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx1g", "-XX:+UseSerialGC",
                "-Dbench.an.option.added.later=with spaces", "-Dbench.ledger.postings=500",
                "-Dbench.ledger.sizes=10000,20000", "-Dbench.rounds=3", "-Dloyalty.test.db=postgres",
                "-classpath", "a.jar:b.jar", "io.loyaltyclub.benchmark.LedgerBenchmark");
    }

    @Test
    void the_benchmarks_fixed_options_win_over_the_command_lines() {
        Properties maven = new Properties();
        maven.setProperty("loyalty.test.db", "hsqldb");
        maven.setProperty("bench.ledger.threads", "4");

        List<String> command = BenchmarkLauncher.command("java", "", maven, Arrays.asList("loyalty.test.db=postgres"),
                "c", "Main");

        assertThat(command).containsExactly("java", "-Dbench.ledger.threads=4", "-Dloyalty.test.db=postgres",
                "-classpath", "c", "Main");
    }

    @Test
    void without_options_the_benchmark_gets_its_flags_and_classpath_only() {
        List<String> command = BenchmarkLauncher.command("java", "", new Properties(), Collections.<String>emptyList(),
                "c", "Main");

        assertThat(command).containsExactly("java", "-classpath", "c", "Main");
    }
}
