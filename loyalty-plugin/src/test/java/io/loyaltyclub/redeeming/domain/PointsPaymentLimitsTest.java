package io.loyaltyclub.redeeming.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.programme.domain.ProgrammeRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class PointsPaymentLimitsTest {

    private static final ProgrammeRules DEFAULTS = ProgrammeRules.defaults();

    @Test
    void points_are_capped_by_the_balance_and_by_half_of_the_order() {
        PointsPaymentLimits rich = PointsPaymentLimits.of(DEFAULTS, 100_000, new BigDecimal("49.15"), 2);
        PointsPaymentLimits poor = PointsPaymentLimits.of(DEFAULTS, 1_200, new BigDecimal("49.15"), 2);

        assertThat(rich.getMaximum()).as("half of 49.15 is 24.57").isEqualTo(2_457);
        assertThat(poor.getMaximum()).isEqualTo(1_200);
        assertThat(rich.check(2_457)).isNull();
        assertThat(rich.check(2_458)).isEqualTo(PointsPaymentLimits.Refusal.ABOVE_ORDER_SHARE);
        assertThat(poor.check(1_201)).isEqualTo(PointsPaymentLimits.Refusal.ABOVE_BALANCE);
        assertThat(rich.valueOf(2_457)).isEqualByComparingTo("24.57");
    }

    @Test
    void fewer_than_the_minimum_or_no_points_are_refused() {
        PointsPaymentLimits limits = PointsPaymentLimits.of(DEFAULTS, 5_000, new BigDecimal("100.00"), 2);

        assertThat(limits.check(99)).isEqualTo(PointsPaymentLimits.Refusal.BELOW_MINIMUM);
        assertThat(limits.check(0)).isEqualTo(PointsPaymentLimits.Refusal.NOT_POSITIVE);
        assertThat(limits.check(-5)).isEqualTo(PointsPaymentLimits.Refusal.NOT_POSITIVE);
        assertThat(limits.check(100)).isNull();
    }

    @Test
    void under_the_minimum_and_over_the_balance_the_minimum_is_the_refusal() {
        PointsPaymentLimits fifty = PointsPaymentLimits.of(DEFAULTS, 50, new BigDecimal("100.00"), 2);

        assertThat(fifty.check(80)).as("the request's own rule before the member's balance")
                .isEqualTo(PointsPaymentLimits.Refusal.BELOW_MINIMUM);
        assertThat(fifty.check(100)).isEqualTo(PointsPaymentLimits.Refusal.ABOVE_BALANCE);
    }

    @Test
    void a_member_below_the_minimum_cannot_use_points_on_this_order() {
        assertThat(PointsPaymentLimits.of(DEFAULTS, 99, new BigDecimal("100.00"), 2).isPossible()).isFalse();
        assertThat(PointsPaymentLimits.of(DEFAULTS, 5_000, new BigDecimal("1.50"), 2).isPossible())
                .as("half of 1.50 is 75 points, below the minimum of 100").isFalse();
        assertThat(PointsPaymentLimits.of(ProgrammeRules.builder().maximumOrderSharePercent(0).build(), 5_000,
                new BigDecimal("100.00"), 2).isPossible()).isFalse();
    }

    @Test
    void only_the_points_that_buy_something_are_charged() {
        ProgrammeRules thousandPerUnit = ProgrammeRules.builder().pointsPerCurrencyUnitRedeemed(1_000).build();
        PointsPaymentLimits limits = PointsPaymentLimits.of(thousandPerUnit, 10_000, new BigDecimal("100.00"), 2);

        assertThat(limits.valueOf(1_555)).isEqualByComparingTo("1.55");
        assertThat(limits.charge(1_555)).as("1.55 costs 1,550 points").isEqualTo(1_550);
        assertThat(limits.charge(1_550)).isEqualTo(1_550);
    }
}
