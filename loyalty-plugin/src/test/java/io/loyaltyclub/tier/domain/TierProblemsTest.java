package io.loyaltyclub.tier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TierProblemsTest {

    @Test
    void a_tier_as_an_admin_means_it_has_no_problems() {
        assertThat(TierProblems.of("GOLD", "Gold", 2, "#C9A227", 1500L, null, new BigDecimal("1.5"), null, 200))
                .isEmpty();
        assertThat(TierProblems.of("VIP", "VIP", 3, null, null, null, BigDecimal.ONE, new BigDecimal("0"), 0))
                .as("only set by hand, free shipping on every order").isEmpty();
    }

    @Test
    void each_field_says_what_is_wrong_with_it() {
        assertThat(TierProblems.of("gold tier", " ", 0, "gold", -1L, new BigDecimal("-5"), new BigDecimal("0.5"),
                new BigDecimal("-1"), -10).keySet()).containsExactly("code", "name", "rank", "colour",
                "pointsToQualify", "amountToQualify", "earnMultiplier", "freeShippingFrom", "welcomePoints");
        assertThat(TierProblems.of("GOLD", "Gold", 1, null, null, null, new BigDecimal("11"), null, 0))
                .containsOnlyKeys("earnMultiplier");
    }
}
