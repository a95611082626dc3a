package io.loyaltyclub.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

class CouponPlanTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Test
    void a_joining_coupon_runs_from_now_to_the_end_of_its_last_day_in_the_store_zone() {
        // 23:30 in Riga on Nov 22 is still Nov 22 there, although UTC says 21:30.
        Instant now = Instant.parse("2026-11-22T21:30:00Z");
        CouponPlan plan = CouponPlan.of(CouponOccasion.JOINING, null, 1, now, RIGA);

        assertThat(plan.getValidFrom()).isEqualTo(now);
        assertThat(plan.getValidUntil()).isEqualTo(Instant.parse("2026-11-22T21:59:59Z"));
        assertThat(CouponPlan.of(CouponOccasion.TIER_REACHED, null, 30, now, RIGA).getValidUntil())
                .isEqualTo(Instant.parse("2026-12-21T21:59:59Z"));
    }

    @Test
    void a_sale_day_coupon_starts_with_the_day_and_is_handed_out_only_on_it() {
        LocalDate saleDay = LocalDate.of(2026, 11, 27);
        CouponPlan plan = CouponPlan.of(CouponOccasion.SALE_DAY, saleDay, 2, Instant.parse("2026-11-27T10:00:00Z"), RIGA);

        assertThat(plan.getValidFrom()).isEqualTo(Instant.parse("2026-11-26T22:00:00Z"));
        assertThat(plan.getValidUntil()).isEqualTo(Instant.parse("2026-11-28T21:59:59Z"));
        assertThat(CouponPlan.isSaleDay(saleDay, Instant.parse("2026-11-26T21:59:59Z"), RIGA)).isFalse();
        assertThat(CouponPlan.isSaleDay(saleDay, Instant.parse("2026-11-26T22:00:00Z"), RIGA)).isTrue();
        assertThat(CouponPlan.isSaleDay(saleDay, Instant.parse("2026-11-27T22:00:00Z"), RIGA)).isFalse();
        assertThat(CouponPlan.isSaleDay(null, Instant.parse("2026-11-27T10:00:00Z"), RIGA)).isFalse();
    }

    @Test
    void a_coupon_lasts_at_least_a_day() {
        assertThatThrownBy(() -> CouponPlan.of(CouponOccasion.JOINING, null, 0, Instant.EPOCH, RIGA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void states_follow_uses_then_dates() {
        Instant from = Instant.parse("2026-11-27T00:00:00Z");
        Instant until = Instant.parse("2026-11-28T23:59:59Z");
        assertThat(CouponState.of(0, 1, from, until, Instant.parse("2026-11-26T12:00:00Z"))).isEqualTo(CouponState.NOT_YET);
        assertThat(CouponState.of(0, 1, from, until, from)).isEqualTo(CouponState.READY);
        assertThat(CouponState.of(1, 2, from, until, until)).isEqualTo(CouponState.READY);
        assertThat(CouponState.of(0, 1, from, until, until.plusSeconds(1))).isEqualTo(CouponState.EXPIRED);
        assertThat(CouponState.of(1, 1, from, until, until.plusSeconds(1))).isEqualTo(CouponState.USED);
    }

    @Test
    void codes_carry_a_clean_prefix_and_eight_unambiguous_characters() {
        CouponCodes codes = new CouponCodes(new Random(7));
        assertThat(codes.next("welcome")).matches("WELCOME-[2-9A-HJKMNP-Z]{8}");
        assertThat(codes.next(" sale day! ")).startsWith("SALEDAY-");
        assertThat(codes.next(null)).startsWith("CLUB-");
        assertThat(codes.next("--")).startsWith("CLUB-");
        assertThat(CouponCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void a_rule_needs_what_its_occasion_needs() {
        assertThat(CouponRuleProblems.of(CouponOccasion.JOINING, true, false, false, null, "HELLO", 30, 1)).isEmpty();
        assertThat(CouponRuleProblems.of(null, false, false, false, null, null, 30, 1))
                .containsOnlyKeys("occasion", "offer");
        assertThat(CouponRuleProblems.of(CouponOccasion.JOINING, true, true, true, LocalDate.of(2026, 1, 1), "x-y", 0, 0))
                .containsOnlyKeys("offer", "tier", "saleDay", "codePrefix", "validDays", "usesPerMember");
        assertThat(CouponRuleProblems.of(CouponOccasion.TIER_REACHED, true, false, false, null, null, 30, 1))
                .containsOnlyKeys("tier");
        assertThat(CouponRuleProblems.of(CouponOccasion.SALE_DAY, true, false, false, null, null, 2, 1))
                .containsOnlyKeys("saleDay");
        assertThat(CouponRuleProblems.of(CouponOccasion.SALE_DAY, true, false, true, LocalDate.of(2026, 11, 27),
                "SALE", 2, 1)).isEmpty();
    }
}
