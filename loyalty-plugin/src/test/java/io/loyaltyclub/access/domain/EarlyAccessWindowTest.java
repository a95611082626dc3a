package io.loyaltyclub.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.tier.domain.TierRequirement;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;

class EarlyAccessWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final EarlyAccessWindow gold = new EarlyAccessWindow(TierRequirement.atRank(2, "Gold"),
            Instant.parse("2026-12-01T00:00:00Z"));
    private final EarlyAccessWindow platinum = new EarlyAccessWindow(TierRequirement.atRank(3, "Platinum"),
            Instant.parse("2026-12-15T00:00:00Z"));

    @Test
    void before_the_launch_only_members_of_the_tier_and_above_get_in() {
        assertThat(gold.keepsOut(NOW, false, null)).as("guest").isTrue();
        assertThat(gold.keepsOut(NOW, true, null)).as("member below all tiers").isTrue();
        assertThat(gold.keepsOut(NOW, true, 1)).as("silver").isTrue();
        assertThat(gold.keepsOut(NOW, true, 2)).as("gold").isFalse();
        assertThat(gold.keepsOut(NOW, true, 3)).as("platinum").isFalse();
    }

    @Test
    void from_the_launch_on_everybody_gets_in() {
        assertThat(gold.keepsOut(Instant.parse("2026-12-01T00:00:00Z"), false, null)).isFalse();
        assertThat(EarlyAccessWindow.keepingOut(Collections.<EarlyAccessWindow>emptyList(), NOW, false, null)).isNull();
    }

    @Test
    void of_several_windows_the_one_keeping_the_shopper_out_longest_is_named() {
        assertThat(EarlyAccessWindow.keepingOut(Arrays.asList(gold, platinum), NOW, true, 2)).isSameAs(platinum);
        assertThat(EarlyAccessWindow.keepingOut(Arrays.asList(gold, platinum), NOW, false, null)).isSameAs(platinum);
        assertThat(EarlyAccessWindow.keepingOut(Arrays.asList(gold, platinum), NOW, true, 3)).isNull();
    }
}
