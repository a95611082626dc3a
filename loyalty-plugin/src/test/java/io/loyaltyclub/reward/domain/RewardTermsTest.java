package io.loyaltyclub.reward.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

class RewardTermsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static RewardTerms terms(boolean active, long cost, Integer stock, Instant from, Instant until) {
        return new RewardTerms(active, cost, stock, from, until);
    }

    @Test
    void a_member_with_the_points_the_tier_and_stock_left_may_redeem() {
        assertThat(terms(true, 500, 1, NOW.minusSeconds(1), NOW.plusSeconds(1)).refusal(NOW, true, 500)).isNull();
        assertThat(terms(true, 500, null, null, null).refusal(NOW, true, 10_000)).isNull();
    }

    @Test
    void each_reason_to_refuse_is_named() {
        assertThat(terms(false, 500, null, null, null).refusal(NOW, true, 900)).isEqualTo(RewardRefusal.UNAVAILABLE);
        assertThat(terms(true, 0, null, null, null).refusal(NOW, true, 900)).isEqualTo(RewardRefusal.UNAVAILABLE);
        assertThat(terms(true, 500, null, NOW.plusSeconds(1), null).refusal(NOW, true, 900))
                .isEqualTo(RewardRefusal.NOT_YET);
        assertThat(terms(true, 500, null, null, NOW).refusal(NOW, true, 900))
                .as("the end is exclusive").isEqualTo(RewardRefusal.ENDED);
        assertThat(terms(true, 500, 0, null, null).refusal(NOW, true, 900)).isEqualTo(RewardRefusal.SOLD_OUT);
        assertThat(terms(true, 500, null, null, null).refusal(NOW, false, 900)).isEqualTo(RewardRefusal.TIER_TOO_LOW);
        assertThat(terms(true, 500, null, null, null).refusal(NOW, true, 499))
                .isEqualTo(RewardRefusal.NOT_ENOUGH_POINTS);
    }

    @Test
    void what_the_reward_offers_is_said_before_what_the_member_lacks() {
        assertThat(terms(true, 500, 0, null, null).refusal(NOW, false, 0)).isEqualTo(RewardRefusal.SOLD_OUT);
        assertThat(terms(true, 500, 3, null, null).refusal(NOW, false, 0)).isEqualTo(RewardRefusal.TIER_TOO_LOW);
    }

    @Test
    void the_admin_form_is_checked_field_by_field_for_the_kind() {
        assertThat(RewardTerms.problem("kind", null, 1L, null, false, null, null, null, 30)).isNotNull();
        assertThat(RewardTerms.problem("pointsCost", RewardKind.AMOUNT_OFF, 0L, null, false, null, null, null, 30))
                .isNotNull();
        assertThat(RewardTerms.problem("amount", RewardKind.AMOUNT_OFF, 1L, null, false, null, null, null, 30))
                .isNotNull();
        assertThat(RewardTerms.problem("amount", RewardKind.AMOUNT_OFF, 1L, new BigDecimal("5.001"), false, null,
                null, null, 30)).isNotNull();
        assertThat(RewardTerms.problem("amount", RewardKind.AMOUNT_OFF, 1L, new BigDecimal("5.00"), false, null,
                null, null, 30)).isNull();
        assertThat(RewardTerms.problem("amount", RewardKind.PERCENT_OFF, 1L, new BigDecimal("101"), false, null,
                null, null, 30)).isNotNull();
        assertThat(RewardTerms.problem("amount", RewardKind.FREE_SHIPPING, 1L, BigDecimal.ONE, false, null,
                null, null, 30)).isNotNull();
        assertThat(RewardTerms.problem("product", RewardKind.FREE_PRODUCT, 1L, null, false, null, null, null, 30))
                .isNotNull();
        assertThat(RewardTerms.problem("product", RewardKind.FREE_PRODUCT, 1L, null, true, null, null, null, 30))
                .isNull();
        assertThat(RewardTerms.problem("product", RewardKind.AMOUNT_OFF, 1L, null, true, null, null, null, 30))
                .isNotNull();
        assertThat(RewardTerms.problem("stock", RewardKind.EVENT_INVITATION, 1L, null, false, -1, null, null, null))
                .isNotNull();
        assertThat(RewardTerms.problem("availableUntil", RewardKind.EVENT_INVITATION, 1L, null, false, null, NOW,
                NOW, null)).isNotNull();
        assertThat(RewardTerms.problem("couponValidDays", RewardKind.FREE_SHIPPING, 1L, null, false, null, null,
                null, 0)).isNotNull();
        assertThat(RewardTerms.problem("couponValidDays", RewardKind.EVENT_INVITATION, 1L, null, false, null, null,
                null, null)).isNull();
    }
}
