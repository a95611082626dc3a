package io.loyaltyclub.action.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionRuleProblemsTest {

    @Test
    void a_rule_within_bounds_is_fine() {
        assertThat(ActionRuleProblems.of("REVIEW", 20, new ActionCaps(2, 10, null, null))).isEmpty();
        assertThat(ActionRuleProblems.of("BIRTHDAY", 0, ActionCaps.none())).isEmpty();
    }

    @Test
    void points_and_caps_out_of_bounds_are_refused_at_their_fields() {
        assertThat(ActionRuleProblems.of("SHARE", -1, ActionCaps.none())).containsKey("points");
        assertThat(ActionRuleProblems.of("SHARE", 100001, ActionCaps.none())).containsKey("points");
        assertThat(ActionRuleProblems.of("SHARE", 10, new ActionCaps(-2, null, null, null))).containsKey("perDay");
        assertThat(ActionRuleProblems.of("SHARE", 10, new ActionCaps(5, 3, null, null))).containsKey("perMonth");
        assertThat(ActionRuleProblems.of("SHARE", 10, new ActionCaps(null, 5, 6, 2))).containsKey("lifetime");
    }

    @Test
    void a_new_rule_without_an_action_is_refused() {
        assertThat(ActionRuleProblems.of(null, 10, ActionCaps.none()).get("points")).contains("one rule per action");
        assertThat(ActionRuleProblems.of("JOINING", 10, ActionCaps.none())).containsKey("points");
    }
}
