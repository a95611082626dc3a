package io.loyaltyclub.tier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Which tier a member qualifies for, and when they lose it: the pure rules. */
class TierQualificationTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    private final TierLadder ladder = new TierLadder(Arrays.asList(
            new TierLevel("GOLD", 2, 1000L, new BigDecimal("1000.00")),
            new TierLevel("SILVER", 1, 500L, new BigDecimal("500.00")),
            new TierLevel("VIP", 3, null, null)));

    private final TierQualification rolling = new TierQualification(ladder, QualificationBasis.POINTS_EARNED,
            QualificationPeriod.ROLLING_12_MONTHS, RIGA);
    private final TierQualification calendar = new TierQualification(ladder, QualificationBasis.POINTS_EARNED,
            QualificationPeriod.CALENDAR_YEAR, RIGA);
    private final TierQualification bySpending = new TierQualification(ladder, QualificationBasis.MONEY_SPENT,
            QualificationPeriod.ROLLING_12_MONTHS, RIGA);

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(RIGA).toInstant();
    }

    private static Measure points(long points) {
        return new Measure(points, BigDecimal.ZERO);
    }

    @Test
    void reaching_a_threshold_reaches_the_highest_tier_it_meets() {
        TierQualification.Review review = rolling.review(TierStanding.NONE, points(1200), null, at("2026-03-10T12:00"));

        assertThat(review.getReason()).isEqualTo(TierChangeReason.QUALIFIED);
        assertThat(review.getStanding().getTierCode()).isEqualTo("GOLD");
        assertThat(review.getStanding().getKeptUntil()).isEqualTo(at("2027-03-10T12:00"));
    }

    @Test
    void a_tier_without_a_threshold_is_never_reached_by_qualifying() {
        assertThat(ladder.reachedBy(QualificationBasis.POINTS_EARNED, points(1_000_000)).getCode()).isEqualTo("GOLD");
        assertThat(ladder.above(ladder.find("GOLD"), QualificationBasis.POINTS_EARNED)).isNull();
    }

    @Test
    void money_spent_counts_only_when_the_programme_counts_money() {
        Measure spent = new Measure(0, new BigDecimal("600.00"));
        assertThat(bySpending.review(TierStanding.NONE, spent, null, at("2026-03-10T12:00")).getStanding()
                .getTierCode()).isEqualTo("SILVER");
        assertThat(rolling.review(TierStanding.NONE, spent, null, at("2026-03-10T12:00")).isChanged()).isFalse();
    }

    @Test
    void a_member_below_the_threshold_keeps_the_tier_until_the_following_period_ends() {
        TierStanding gold = new TierStanding("GOLD", at("2027-03-10T12:00"));

        TierQualification.Review during = rolling.review(gold, points(100), null, at("2027-03-10T11:59"));
        TierQualification.Review after = rolling.review(gold, points(600), null, at("2027-03-10T12:00"));

        assertThat(during.isChanged()).isFalse();
        assertThat(during.getStanding().getTierCode()).isEqualTo("GOLD");
        assertThat(after.getReason()).isEqualTo(TierChangeReason.PERIOD_ENDED);
        assertThat(after.getStanding().getTierCode()).isEqualTo("SILVER");
        assertThat(after.getStanding().getKeptUntil()).isEqualTo(at("2028-03-10T12:00"));
    }

    @Test
    void qualifying_again_for_the_same_tier_pushes_its_date_out() {
        TierStanding gold = new TierStanding("GOLD", at("2027-03-10T12:00"));

        TierQualification.Review review = rolling.review(gold, points(1000), null, at("2026-12-01T00:00"));

        assertThat(review.isChanged()).isFalse();
        assertThat(review.getStanding().getKeptUntil()).isEqualTo(at("2027-12-01T00:00"));
    }

    @Test
    void a_calendar_year_tier_is_kept_to_the_end_of_the_next_year_in_the_store_zone() {
        TierQualification.Review reached = calendar.review(TierStanding.NONE, points(1000), Measure.NOTHING,
                at("2026-06-01T10:00"));

        assertThat(reached.getStanding().getKeptUntil()).isEqualTo(at("2028-01-01T00:00"));
        TierStanding gold = reached.getStanding();
        assertThat(calendar.review(gold, Measure.NOTHING, Measure.NOTHING, at("2027-12-31T23:59")).isChanged())
                .isFalse();
        TierQualification.Review lost = calendar.review(gold, Measure.NOTHING, Measure.NOTHING,
                at("2028-01-01T00:00"));
        assertThat(lost.getReason()).isEqualTo(TierChangeReason.PERIOD_ENDED);
        assertThat(lost.getStanding().getTierCode()).isNull();
    }

    @Test
    void a_lower_tier_reached_last_year_is_where_a_calendar_year_member_lands() {
        TierStanding gold = new TierStanding("GOLD", at("2028-01-01T00:00"));

        TierQualification.Review review = calendar.review(gold, points(10), points(700), at("2028-01-02T03:00"));

        assertThat(review.getStanding().getTierCode()).isEqualTo("SILVER");
        assertThat(review.getStanding().getKeptUntil()).isEqualTo(at("2029-01-01T00:00"));
    }

    @Test
    void a_tier_switched_off_is_withdrawn_at_once() {
        TierQualification.Review review = rolling.review(new TierStanding("BRONZE", at("2030-01-01T00:00")),
                points(600), null, at("2026-01-01T00:00"));

        assertThat(review.getReason()).isEqualTo(TierChangeReason.TIER_WITHDRAWN);
        assertThat(review.getStanding().getTierCode()).isEqualTo("SILVER");
    }

    @Test
    void a_floor_lifts_a_member_and_a_fixed_tier_holds_them_either_way() {
        TierLevel silver = ladder.find("SILVER");
        TierLevel gold = ladder.find("GOLD");

        assertThat(ladder.effective(null, ManualMode.FLOOR, "SILVER")).isSameAs(silver);
        assertThat(ladder.effective(gold, ManualMode.FLOOR, "SILVER")).isSameAs(gold);
        assertThat(ladder.effective(gold, ManualMode.FIXED, "SILVER")).isSameAs(silver);
        assertThat(ladder.effective(gold, ManualMode.FIXED, "GONE")).as("a tier no longer offered").isSameAs(gold);
        assertThat(ladder.effective(gold, null, null)).isSameAs(gold);
    }

    @Test
    void progress_says_what_is_missing_for_the_next_tier_and_to_keep_the_current_one() {
        TierStanding silver = new TierStanding("SILVER", at("2027-03-10T12:00"));

        TierProgress progress = rolling.progress(ladder.find("SILVER"), null, silver, points(250),
                at("2026-09-01T00:00"));

        assertThat(progress.getNext().getCode()).isEqualTo("GOLD");
        assertThat(progress.pointsToNext()).isEqualTo(750);
        assertThat(progress.percentToNext()).isEqualTo(25);
        assertThat(progress.getKeptUntil()).isEqualTo(at("2027-03-10T12:00"));
        assertThat(progress.pointsToKeep()).isEqualTo(250);
        assertThat(progress.isRequalified()).isFalse();
    }

    @Test
    void a_fixed_tier_shows_no_way_up() {
        TierProgress progress = rolling.progress(ladder.find("SILVER"), ManualMode.FIXED, TierStanding.NONE,
                points(2000), at("2026-09-01T00:00"));

        assertThat(progress.isFixedByShop()).isTrue();
        assertThat(progress.getNext()).isNull();
        assertThat(progress.getKeptUntil()).isNull();
    }

    @Test
    void a_return_of_what_reached_a_tier_takes_it_back_at_once_other_returns_wait_for_the_period() {
        TierStanding silver = new TierStanding("SILVER", at("2027-01-10T12:00"));
        TierQualification.Review reached = rolling.review(silver, points(1100), null, at("2026-03-10T12:00"));
        TierStanding gold = reached.getStanding();
        assertThat(gold.getTierCode()).isEqualTo("GOLD");
        assertThat(gold.getPrior().getTierCode()).isEqualTo("SILVER");

        TierQualification.Review bought = rolling.reviewAfterReturn(gold, points(700), points(700),
                null, at("2026-03-20T12:00"));
        TierQualification.Review notBought = rolling.reviewAfterReturn(gold, points(1000), points(300),
                null, at("2026-03-20T12:00"));

        assertThat(bought.getReason()).isEqualTo(TierChangeReason.ORDER_RETURNED);
        assertThat(bought.getStanding().getTierCode()).isEqualTo("SILVER");
        assertThat(notBought.isChanged()).isFalse();
        assertThat(notBought.getStanding().getTierCode()).isEqualTo("GOLD");
    }
}
