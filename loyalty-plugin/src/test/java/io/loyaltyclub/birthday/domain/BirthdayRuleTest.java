package io.loyaltyclub.birthday.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

class BirthdayRuleTest {

    @Test
    void a_date_given_far_from_the_birthday_counts_this_year() {
        assertThat(BirthdayRule.firstRewardYear(MonthDay.of(9, 20), LocalDate.of(2030, 6, 1))).isEqualTo(2030);
    }

    @Test
    void a_date_given_within_30_days_before_or_after_the_birthday_waits_for_the_next_year() {
        assertThat(BirthdayRule.firstRewardYear(MonthDay.of(7, 1), LocalDate.of(2030, 6, 1))).isEqualTo(2031);
        assertThat(BirthdayRule.firstRewardYear(MonthDay.of(5, 2), LocalDate.of(2030, 6, 1))).isEqualTo(2031);
        assertThat(BirthdayRule.firstRewardYear(MonthDay.of(7, 2), LocalDate.of(2030, 6, 1))).isEqualTo(2030);
    }

    @Test
    void the_quiet_days_reach_across_the_year_boundary() {
        assertThat(BirthdayRule.firstRewardYear(MonthDay.of(1, 5), LocalDate.of(2031, 12, 20))).isEqualTo(2033);
        assertThat(BirthdayRule.firstRewardYear(MonthDay.of(12, 25), LocalDate.of(2032, 1, 10))).isEqualTo(2032);
    }

    @Test
    void the_reward_is_due_in_the_birthday_month_once_a_year() {
        MonthDay birthday = MonthDay.of(3, 10);
        assertThat(BirthdayRule.due(birthday, LocalDate.of(2030, 3, 1), 2030, null)).isTrue();
        assertThat(BirthdayRule.due(birthday, LocalDate.of(2030, 2, 28), 2030, null)).isFalse();
        assertThat(BirthdayRule.due(birthday, LocalDate.of(2030, 3, 31), 2030, 2030)).isFalse();
        assertThat(BirthdayRule.due(birthday, LocalDate.of(2031, 3, 2), 2030, 2030)).isTrue();
        assertThat(BirthdayRule.due(birthday, LocalDate.of(2030, 3, 2), 2031, null)).isFalse();
    }

    @Test
    void the_29th_of_february_is_celebrated_on_the_28th_in_other_years() {
        assertThat(BirthdayRule.birthdayIn(MonthDay.of(2, 29), 2031)).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(BirthdayRule.birthdayIn(MonthDay.of(2, 29), 2032)).isEqualTo(LocalDate.of(2032, 2, 29));
        assertThat(BirthdayRule.firstRewardYear(MonthDay.of(2, 29), LocalDate.of(2031, 3, 20))).isEqualTo(2032);
    }

    @Test
    void dates_in_the_future_or_too_long_ago_are_problems() {
        LocalDate today = LocalDate.of(2030, 6, 1);
        assertThat(BirthdayRule.problem(LocalDate.of(2030, 6, 2), today)).isEqualTo("future");
        assertThat(BirthdayRule.problem(LocalDate.of(1900, 1, 1), today)).isEqualTo("tooOld");
        assertThat(BirthdayRule.problem(LocalDate.of(1990, 1, 1), today)).isNull();
    }
}
