package io.loyaltyclub.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

class ProgrammeRulesTest {

    @Test
    void the_defaults_are_those_of_the_loyalty_spec() {
        ProgrammeRules rules = ProgrammeRules.defaults();

        assertThat(rules.getPointsPerCurrencyUnit()).isEqualByComparingTo("1");
        assertThat(rules.getPointsPerCurrencyUnitRedeemed()).isEqualTo(100);
        assertThat(rules.getPendingDays()).isEqualTo(14);
        assertThat(rules.getMaximumOrderSharePercent()).isEqualTo(50);
        assertThat(rules.isDoublePromotions()).isFalse();
        assertThat(rules.problems()).isEmpty();
    }

    @Test
    void points_are_rounded_down_to_whole_points() {
        ProgrammeRules rules = ProgrammeRules.builder().pointsPerCurrencyUnit(new BigDecimal("1.5")).build();

        assertThat(rules.basePointsFor(new BigDecimal("19.99"))).isEqualTo(29);
        assertThat(rules.basePointsFor(new BigDecimal("0.66"))).isZero();
        assertThat(rules.basePointsFor(new BigDecimal("100.00"))).isEqualTo(150);
    }

    @Test
    void nothing_is_earned_on_nothing_or_on_a_refund() {
        ProgrammeRules rules = ProgrammeRules.defaults();

        assertThat(rules.basePointsFor(BigDecimal.ZERO)).isZero();
        assertThat(rules.basePointsFor(new BigDecimal("-10"))).isZero();
        assertThat(rules.basePointsFor(null)).isZero();
    }

    @Test
    void points_never_pay_more_than_they_are_worth() {
        ProgrammeRules rules = ProgrammeRules.builder().pointsPerCurrencyUnitRedeemed(300).build();

        // 100 points at 300 per 1.00 are worth 0.333...: the shopper gets 0.33, never 0.34.
        assertThat(rules.moneyValueOf(100, 2)).isEqualByComparingTo("0.33");
        assertThat(rules.moneyValueOf(300, 2)).isEqualByComparingTo("1.00");
        assertThat(rules.moneyValueOf(0, 2)).isEqualByComparingTo("0.00");
        assertThat(rules.moneyValueOf(-5, 2)).isEqualByComparingTo("0.00");
    }

    @Test
    void points_become_available_after_the_pending_period() {
        ProgrammeRules rules = ProgrammeRules.builder().pendingDays(14).build();

        assertThat(rules.availableOn(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void months_after_earning_counts_calendar_months_and_keeps_month_ends() {
        ProgrammeRules rules = ProgrammeRules.builder()
                .expiryPolicy(ExpiryPolicy.MONTHS_AFTER_EARNING).expiryMonths(1).build();

        assertThat(rules.lastValidDay(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(rules.lastValidDay(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void end_of_following_year_means_31_december_of_the_next_year() {
        ProgrammeRules rules = ProgrammeRules.builder().expiryPolicy(ExpiryPolicy.END_OF_FOLLOWING_YEAR).build();

        assertThat(rules.lastValidDay(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(rules.lastValidDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void points_that_never_expire_have_no_last_day() {
        ProgrammeRules rules = ProgrammeRules.builder().expiryPolicy(ExpiryPolicy.NEVER).build();

        assertThat(rules.lastValidDay(LocalDate.of(2026, 6, 1))).isNull();
    }

    @Test
    void every_bad_number_is_reported_on_its_own_field() {
        ProgrammeRules rules = ProgrammeRules.builder()
                .pointsPerCurrencyUnit(new BigDecimal("-1"))
                .pointsPerCurrencyUnitRedeemed(0)
                .pendingDays(400)
                .expiryPolicy(ExpiryPolicy.MONTHS_AFTER_EARNING).expiryMonths(0)
                .minimumRedemptionPoints(-1)
                .maximumOrderSharePercent(101)
                .welcomeBonusPoints(-5)
                .build();

        assertThat(fields(rules.problems())).containsExactly("pointsPerCurrencyUnit", "pointsPerCurrencyUnitRedeemed",
                "pendingDays", "expiryMonths", "minimumRedemptionPoints", "maximumOrderSharePercent", "welcomeBonusPoints");
    }

    @Test
    void expiry_months_only_matter_when_points_expire_after_months() {
        ProgrammeRules never = ProgrammeRules.builder().expiryPolicy(ExpiryPolicy.NEVER).expiryMonths(0).build();

        assertThat(never.problems()).isEmpty();
    }

    @Test
    void an_earn_rate_with_more_than_four_decimals_or_above_the_limit_is_refused() {
        assertThat(fields(ProgrammeRules.builder().pointsPerCurrencyUnit(new BigDecimal("1.00001")).build().problems()))
                .containsExactly("pointsPerCurrencyUnit");
        assertThat(fields(ProgrammeRules.builder().pointsPerCurrencyUnit(new BigDecimal("1.50000")).build().problems()))
                .isEmpty();
        assertThat(fields(ProgrammeRules.builder().pointsPerCurrencyUnit(new BigDecimal("1000.01")).build().problems()))
                .containsExactly("pointsPerCurrencyUnit");
    }

    @Test
    void the_share_may_be_anything_from_zero_to_a_hundred_percent() {
        assertThat(ProgrammeRules.builder().maximumOrderSharePercent(0).build().problems()).isEmpty();
        assertThat(ProgrammeRules.builder().maximumOrderSharePercent(100).build().problems()).isEmpty();
    }

    @Test
    void an_unknown_expiry_policy_name_is_refused_and_a_blank_one_means_never() {
        assertThat(ExpiryPolicy.named(" ")).isEqualTo(ExpiryPolicy.NEVER);
        assertThat(ExpiryPolicy.named("END_OF_FOLLOWING_YEAR")).isEqualTo(ExpiryPolicy.END_OF_FOLLOWING_YEAR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExpiryPolicy.named("SOMETIMES"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rules_with_the_same_numbers_are_equal() {
        ProgrammeRules a = ProgrammeRules.builder().pointsPerCurrencyUnit(new BigDecimal("1.50")).build();
        ProgrammeRules b = ProgrammeRules.builder().pointsPerCurrencyUnit(new BigDecimal("1.5")).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ProgrammeRules.defaults());
    }

    @Test
    void points_expire_at_the_start_of_the_day_after_their_last_valid_day_in_the_store_time_zone() {
        ProgrammeRules riga = ProgrammeRules.builder().expiryMonths(1).timeZone("Europe/Riga").build();
        // 23:30 UTC on 31 January is already 1 February in Riga.
        Instant earned = Instant.parse("2026-01-31T23:30:00Z");

        assertThat(riga.expiresAt(earned)).isEqualTo(Instant.parse("2026-03-01T22:00:00Z"));
        assertThat(ProgrammeRules.builder().expiryPolicy(ExpiryPolicy.NEVER).build().expiresAt(earned)).isNull();
        assertThat(riga.availableAt(earned)).isEqualTo(Instant.parse("2026-02-14T23:30:00Z"));
    }

    @Test
    void given_back_points_past_their_expiry_stay_valid_to_the_end_of_the_grace_days() {
        ProgrammeRules rules = ProgrammeRules.builder().restoreGraceDays(30).build();

        assertThat(rules.graceExpiry(Instant.parse("2026-05-10T15:00:00Z"))).isEqualTo(Instant.parse("2026-06-10T00:00:00Z"));
    }

    @Test
    void the_points_payable_for_an_order_are_its_maximum_share_in_whole_points_worth_no_more() {
        ProgrammeRules rules = ProgrammeRules.defaults();

        assertThat(rules.maximumPointsFor(new BigDecimal("49.15"), 2)).as("50 % is 24.57").isEqualTo(2457);
        assertThat(rules.maximumPointsFor(BigDecimal.ZERO, 2)).isZero();
        assertThat(ProgrammeRules.builder().pointsPerCurrencyUnitRedeemed(3).build().pointsFor(new BigDecimal("3.33")))
                .as("3.33 costs 9.99 points, so 10").isEqualTo(10);
        assertThat(rules.pointsFor(new BigDecimal("1.55"))).isEqualTo(155);
    }

    @Test
    void the_time_zone_must_be_a_real_region_and_the_grace_period_one_day_to_a_year() {
        assertThat(fields(ProgrammeRules.builder().timeZone("Mars/Olympus").build().problems())).containsExactly("timeZone");
        assertThat(fields(ProgrammeRules.builder().timeZone(" ").build().problems())).containsExactly("timeZone");
        assertThat(fields(ProgrammeRules.builder().restoreGraceDays(0).build().problems())).containsExactly("restoreGraceDays");
        assertThat(ProgrammeRules.builder().timeZone("Asia/Jerusalem").restoreGraceDays(365).build().problems()).isEmpty();
    }

    private static List<String> fields(List<ProgrammeRules.Problem> problems) {
        List<String> fields = new ArrayList<String>();
        for (ProgrammeRules.Problem problem : problems) {
            fields.add(problem.getField());
        }
        return fields;
    }
}
