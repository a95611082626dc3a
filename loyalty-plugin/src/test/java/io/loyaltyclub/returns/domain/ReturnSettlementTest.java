package io.loyaltyclub.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.earning.domain.Earning;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

class ReturnSettlementTest {

    private static final List<Earning.Line> EARNED = Arrays.asList(
            new Earning.Line(1, 3, new BigDecimal("30"), BigDecimal.ONE, new BigDecimal("30.00000000")),
            new Earning.Line(2, 1, new BigDecimal("10"), BigDecimal.ONE, new BigDecimal("10.00000000")));
    private static final Map<Long, BigDecimal> AMOUNTS = map(1L, new BigDecimal("30.00"), 2L, new BigDecimal("10.00"));
    private static final Map<Long, Integer> QUANTITIES = map(1L, 3, 2L, 1);

    @SafeVarargs
    private static <V> Map<Long, V> map(Object... pairs) {
        Map<Long, V> map = new HashMap<Long, V>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) pairs[i + 1];
            map.put((Long) pairs[i], value);
        }
        return map;
    }

    @Test
    void a_partial_return_takes_back_the_returned_items_points_and_gives_back_their_share_of_the_points_paid() {
        ReturnSettlement one = ReturnSettlement.of(EARNED, 40, 0, 1000, 0, AMOUNTS, QUANTITIES, map(1L, 1));

        assertThat(one.getPointsToTakeBack()).isEqualTo(10);
        assertThat(one.getPointsToGiveBack()).as("10.00 of 40.00 merchandise").isEqualTo(250);
    }

    @Test
    void the_rest_returned_later_settles_exactly_what_is_left() {
        ReturnSettlement rest = ReturnSettlement.of(EARNED, 40, 10, 1000, 250, AMOUNTS, QUANTITIES,
                ReturnSettlement.everything(QUANTITIES));

        assertThat(rest.getPointsToTakeBack()).isEqualTo(30);
        assertThat(rest.getPointsToGiveBack()).isEqualTo(750);
    }

    @Test
    void returning_nothing_new_changes_nothing() {
        ReturnSettlement same = ReturnSettlement.of(EARNED, 40, 10, 1000, 250, AMOUNTS, QUANTITIES, map(1L, 1));

        assertThat(same.getPointsToTakeBack()).isZero();
        assertThat(same.getPointsToGiveBack()).isZero();
    }

    @Property(tries = 200)
    void partial_returns_in_any_order_add_up_to_a_full_return(@ForAll @IntRange(min = 1, max = 6) int lineCount,
                                                              @ForAll long seed) {
        Random random = new Random(seed);
        List<Earning.Line> lines = new ArrayList<Earning.Line>();
        Map<Long, BigDecimal> amounts = new HashMap<Long, BigDecimal>();
        Map<Long, Integer> quantities = new HashMap<Long, Integer>();
        BigDecimal exactTotal = BigDecimal.ZERO;
        for (long id = 1; id <= lineCount; id++) {
            int quantity = 1 + random.nextInt(5);
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(20000), 2);
            BigDecimal exact = amount.multiply(new BigDecimal("1.37")).setScale(8, java.math.RoundingMode.HALF_EVEN);
            lines.add(new Earning.Line(id, quantity, amount, BigDecimal.ONE, exact));
            amounts.put(id, amount);
            quantities.put(id, quantity);
            exactTotal = exactTotal.add(exact);
        }
        long earned = exactTotal.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        long paid = random.nextInt(5000);

        Map<Long, Integer> returned = new HashMap<Long, Integer>();
        long takenBack = 0;
        long givenBack = 0;
        while (!returned.equals(quantities)) {
            long id = 1 + random.nextInt(lineCount);
            int already = returned.containsKey(id) ? returned.get(id) : 0;
            if (already < quantities.get(id)) {
                returned.put(id, already + 1 + random.nextInt(quantities.get(id) - already));
            }
            ReturnSettlement step = ReturnSettlement.of(lines, earned, takenBack, paid, givenBack, amounts, quantities,
                    new HashMap<Long, Integer>(returned));
            assertThat(step.getPointsToTakeBack()).isNotNegative();
            assertThat(step.getPointsToGiveBack()).isNotNegative();
            takenBack += step.getPointsToTakeBack();
            givenBack += step.getPointsToGiveBack();
            assertThat(takenBack).isLessThanOrEqualTo(earned);
            assertThat(givenBack).isLessThanOrEqualTo(paid);
        }
        assertThat(takenBack).isEqualTo(earned);
        assertThat(givenBack).isEqualTo(paid);
    }
}
