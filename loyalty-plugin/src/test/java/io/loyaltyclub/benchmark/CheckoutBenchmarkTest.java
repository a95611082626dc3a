package io.loyaltyclub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

class CheckoutBenchmarkTest {

    private static List<Map<String, String>> rounds(String... checkoutMs) {
        List<Map<String, String>> rounds = new ArrayList<Map<String, String>>();
        for (String ms : checkoutMs) {
            rounds.add(Collections.singletonMap("checkout.median.ms", ms));
        }
        return rounds;
    }

    @Test
    void each_rounds_on_is_divided_by_the_same_rounds_off() {
        // The machine is twice as slow in round 2: both modes of that round pay it, so its pair still reads 1.00.
        List<Map<String, String>> off = rounds("5.0", "10.0", "4.0");
        List<Map<String, String>> on = rounds("5.5", "10.0", "4.4");

        List<Double> paired = CheckoutBenchmark.pairedRatios(off, on, "checkout.median.ms");

        assertThat(paired).hasSize(3);
        assertThat(paired.get(0)).isCloseTo(1.10, within(1e-9));
        assertThat(paired.get(1)).isCloseTo(1.00, within(1e-9));
        assertThat(paired.get(2)).isCloseTo(1.10, within(1e-9));
        assertThat(CheckoutBenchmark.median(paired)).isCloseTo(1.10, within(1e-9));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(CheckoutBenchmark.median(Arrays.asList(1.33, 1.07, 0.78, 1.26))).isCloseTo(1.165, within(1e-9));
        assertThat(CheckoutBenchmark.median(Arrays.asList(1.33, 1.07, 0.78, 1.26, 1.34))).isCloseTo(1.26, within(1e-9));
    }
}
