package io.loyaltyclub.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralScreeningTest {

    @Test
    void a_new_friend_with_another_mailbox_within_the_cap_passes() {
        assertThat(ReferralScreening.atRegistration(1, "ann@example.com", 2, "bob@example.com", false, 5, 4)).isNull();
    }

    @Test
    void the_first_rule_broken_is_the_reason() {
        assertThat(ReferralScreening.atRegistration(1, "ann@example.com", 1, "ann@example.com", true, 1, 9))
                .isEqualTo(RefusalReason.SAME_CUSTOMER);
        assertThat(ReferralScreening.atRegistration(1, "ann.lee@gmail.com", 2, "annlee+2@gmail.com", true, 1, 9))
                .isEqualTo(RefusalReason.SAME_EMAIL);
        assertThat(ReferralScreening.atRegistration(1, "ann@example.com", 2, "bob@example.com", true, 1, 9))
                .isEqualTo(RefusalReason.NOT_NEW_CUSTOMER);
        assertThat(ReferralScreening.atRegistration(1, "ann@example.com", 2, "bob@example.com", false, 5, 5))
                .isEqualTo(RefusalReason.MONTHLY_CAP);
    }

    @Test
    void a_cap_of_zero_is_no_cap() {
        assertThat(ReferralScreening.atRegistration(1, "ann@example.com", 2, "bob@example.com", false, 0, 1000)).isNull();
    }
}
