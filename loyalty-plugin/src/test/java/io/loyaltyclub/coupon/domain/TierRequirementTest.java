package io.loyaltyclub.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierRequirementTest {

    @Test
    void an_offer_without_a_tier_is_for_everybody() {
        assertThat(TierRequirement.refusal(null, false, null)).isNull();
    }

    @Test
    void a_tier_offer_is_for_members_of_that_tier_and_above() {
        assertThat(TierRequirement.refusal(2, true, 2)).isNull();
        assertThat(TierRequirement.refusal(2, true, 3)).isNull();
        assertThat(TierRequirement.refusal(2, true, 1)).isEqualTo(TierRequirement.Why.TIER_TOO_LOW);
        assertThat(TierRequirement.refusal(2, true, null)).as("below all tiers").isEqualTo(TierRequirement.Why.TIER_TOO_LOW);
        assertThat(TierRequirement.refusal(2, false, null)).isEqualTo(TierRequirement.Why.NOT_A_MEMBER);
        assertThat(TierRequirement.refusal(1, false, 3)).as("a closed membership's old tier counts for nothing")
                .isEqualTo(TierRequirement.Why.NOT_A_MEMBER);
    }
}
