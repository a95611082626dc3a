package io.loyaltyclub.tier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierRequirementTest {

    private final TierRequirement gold = TierRequirement.atRank(2, "Gold");

    @Test
    void a_tier_admits_its_members_and_those_of_higher_tiers() {
        assertThat(gold.refusal(true, 2)).isNull();
        assertThat(gold.refusal(true, 3)).isNull();
        assertThat(gold.admits(true, 2)).isTrue();
        assertThat(gold.getTierName()).isEqualTo("Gold");
    }

    @Test
    void a_lower_tier_no_tier_and_a_non_member_are_told_why_not() {
        assertThat(gold.refusal(true, 1)).isEqualTo(TierRequirement.Why.TIER_TOO_LOW);
        assertThat(gold.refusal(true, null)).as("below all tiers").isEqualTo(TierRequirement.Why.TIER_TOO_LOW);
        assertThat(gold.refusal(false, null)).isEqualTo(TierRequirement.Why.NOT_A_MEMBER);
        assertThat(TierRequirement.atRank(1, "Silver").refusal(false, 3))
                .as("a closed membership's old tier counts for nothing").isEqualTo(TierRequirement.Why.NOT_A_MEMBER);
        assertThat(gold.admits(true, 1)).isFalse();
    }

    @Test
    void a_tier_that_admits_nobody_keeps_out_even_the_highest_member() {
        TierRequirement nobody = TierRequirement.nobody("RETIRED");

        assertThat(nobody.refusal(true, Integer.MAX_VALUE)).isEqualTo(TierRequirement.Why.TIER_TOO_LOW);
        assertThat(nobody.refusal(false, null)).isEqualTo(TierRequirement.Why.NOT_A_MEMBER);
        assertThat(nobody.getTierName()).as("the code stands in for the name").isEqualTo("RETIRED");
    }
}
