package io.loyaltyclub.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralSettingsProblemsTest {

    @Test
    void sensible_settings_have_no_problems() {
        assertThat(ReferralSettingsProblems.of(200L, 500L, 5, 30, false)).isEmpty();
        assertThat(ReferralSettingsProblems.of(0L, 0L, 0, 1, false)).isEmpty();
    }

    @Test
    void each_field_out_of_range_is_named() {
        assertThat(ReferralSettingsProblems.of(-1L, 2000000L, -1, 0, false))
                .containsOnlyKeys("friendPoints", "advocatePoints", "monthlyCap", "linkDays");
        assertThat(ReferralSettingsProblems.of(null, null, null, null, false))
                .containsOnlyKeys("friendPoints", "advocatePoints", "monthlyCap", "linkDays");
    }

    @Test
    void a_second_set_of_settings_is_refused() {
        assertThat(ReferralSettingsProblems.of(200L, 500L, 5, 30, true)).containsOnlyKeys("friendPoints");
    }
}
