package io.loyaltyclub.gift.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.tier.domain.TierRequirement;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

class GiftPlanTest {

    private static final long TEA = 1;
    private static final long CUP = 2;
    private final GiftPlan.Rule cupWithTea = new GiftPlan.Rule(10, TEA, CUP, null);
    private final GiftPlan.Rule goldCupWithTea = new GiftPlan.Rule(11, TEA, CUP, TierRequirement.atRank(2, "Gold"));
    private final List<GiftPlan.Rule> rules = Collections.singletonList(cupWithTea);

    @Test
    void a_member_buying_the_trigger_gets_the_gift_once() {
        GiftPlan plan = GiftPlan.of(new HashSet<Long>(Arrays.asList(TEA)), Collections.<GiftPlan.GiftLine>emptyList(),
                rules, true, null);
        assertThat(plan.getToAdd()).containsExactly(cupWithTea);

        GiftPlan again = GiftPlan.of(new HashSet<Long>(Arrays.asList(TEA)),
                Collections.singletonList(new GiftPlan.GiftLine(100, 10, 1)), rules, true, null);
        assertThat(again.isEmpty()).isTrue();
    }

    @Test
    void the_gift_leaves_with_the_trigger_and_is_not_for_non_members_or_lower_tiers() {
        GiftPlan triggerGone = GiftPlan.of(new HashSet<Long>(), Collections.singletonList(new GiftPlan.GiftLine(100, 10, 1)),
                rules, true, null);
        assertThat(triggerGone.getToRemove()).containsExactly(100L);
        assertThat(GiftPlan.of(new HashSet<Long>(Arrays.asList(TEA)), Collections.<GiftPlan.GiftLine>emptyList(), rules,
                false, null).isEmpty()).as("not a member").isTrue();
        assertThat(GiftPlan.of(new HashSet<Long>(Arrays.asList(TEA)), Collections.<GiftPlan.GiftLine>emptyList(),
                Collections.singletonList(goldCupWithTea), true, 1).isEmpty()).as("silver").isTrue();
        assertThat(GiftPlan.of(new HashSet<Long>(Arrays.asList(TEA)), Collections.<GiftPlan.GiftLine>emptyList(),
                Collections.singletonList(goldCupWithTea), true, 2).getToAdd()).as("gold").hasSize(1);
    }

    @Test
    void more_units_of_a_gift_line_are_bought_and_a_second_gift_line_goes() {
        GiftPlan plan = GiftPlan.of(new HashSet<Long>(Arrays.asList(TEA)),
                Arrays.asList(new GiftPlan.GiftLine(100, 10, 3), new GiftPlan.GiftLine(101, 10, 1)), rules, true, null);
        assertThat(plan.getToSetToOne()).extracting(GiftPlan.GiftLine::getItemId).containsExactly(100L);
        assertThat(plan.getToRemove()).containsExactly(101L);
        assertThat(plan.getToAdd()).isEmpty();
    }
}
