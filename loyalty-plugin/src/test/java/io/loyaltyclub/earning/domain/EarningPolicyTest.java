package io.loyaltyclub.earning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

class EarningPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final long SHOES = 10;
    private static final long APPAREL = 1;
    private static final long GIFT_CARDS = 2;

    private static EarningLine line(long id, long product, int quantity, String amount, Long... categories) {
        return new EarningLine(id, product, new HashSet<Long>(Arrays.asList(categories)), quantity, new BigDecimal(amount));
    }

    private static EarningPolicy policy(String rate, List<EarnRule> rules, List<EarnCampaign> campaigns) {
        return new EarningPolicy(new BigDecimal(rate), rules, campaigns);
    }

    private static long earn(EarningPolicy policy, EarningLine... lines) {
        return policy.earn(Arrays.asList(lines), BigDecimal.ZERO, BigDecimal.ONE, NOW).getPoints();
    }

    @Test
    void points_are_rounded_down_once_per_order_not_per_line() {
        EarningPolicy plain = policy("1", Collections.<EarnRule>emptyList(), Collections.<EarnCampaign>emptyList());

        assertThat(earn(plain, line(1, 100, 1, "0.60"), line(2, 101, 1, "0.60"))).isEqualTo(1);
        assertThat(earn(plain, line(1, 100, 2, "59.98"))).isEqualTo(59);
        assertThat(earn(policy("1.5", Collections.<EarnRule>emptyList(), Collections.<EarnCampaign>emptyList()),
                line(1, 100, 1, "10.00"))).isEqualTo(15);
    }

    @Test
    void a_product_multiplier_wins_over_its_categories_and_categories_give_their_highest() {
        List<EarnRule> rules = Arrays.asList(
                EarnRule.multiplier(EarnRule.Target.CATEGORY, APPAREL, new BigDecimal("2")),
                EarnRule.multiplier(EarnRule.Target.CATEGORY, SHOES, new BigDecimal("3")),
                EarnRule.multiplier(EarnRule.Target.PRODUCT, 500, new BigDecimal("1.5")));
        EarningPolicy policy = policy("1", rules, Collections.<EarnCampaign>emptyList());

        assertThat(earn(policy, line(1, 500, 1, "10.00", SHOES, APPAREL))).as("product rule").isEqualTo(15);
        assertThat(earn(policy, line(1, 501, 1, "10.00", SHOES, APPAREL))).as("highest category").isEqualTo(30);
        assertThat(earn(policy, line(1, 502, 1, "10.00", APPAREL))).as("parent category of the product's").isEqualTo(20);
        assertThat(earn(policy, line(1, 503, 1, "10.00"))).as("no rule").isEqualTo(10);
    }

    @Test
    void an_excluded_product_or_category_earns_nothing_whatever_else_applies() {
        List<EarnRule> rules = Arrays.asList(
                EarnRule.multiplier(EarnRule.Target.PRODUCT, 700, new BigDecimal("5")),
                EarnRule.exclusion(EarnRule.Target.CATEGORY, GIFT_CARDS),
                EarnRule.exclusion(EarnRule.Target.PRODUCT, 800));
        EarningPolicy policy = policy("1", rules, Collections.<EarnCampaign>emptyList());

        assertThat(earn(policy, line(1, 700, 1, "25.00", GIFT_CARDS))).isZero();
        assertThat(earn(policy, line(1, 800, 1, "25.00"), line(2, 801, 1, "4.00"))).isEqualTo(4);
    }

    @Test
    void the_highest_campaign_running_when_the_order_is_placed_multiplies_everything() {
        EarnCampaign weekend = new EarnCampaign("Double points weekend", new BigDecimal("2"),
                Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-23T00:00:00Z"));
        EarnCampaign triple = new EarnCampaign("Triple hour", new BigDecimal("3"),
                Instant.parse("2026-11-22T11:00:00Z"), Instant.parse("2026-11-22T12:00:00Z"));
        EarningPolicy policy = policy("1", Collections.<EarnRule>emptyList(), Arrays.asList(weekend, triple));

        assertThat(policy.campaignMultiplier(NOW)).as("the triple hour ended at noon").isEqualByComparingTo("2");
        assertThat(policy.campaignMultiplier(Instant.parse("2026-11-22T11:30:00Z"))).isEqualByComparingTo("3");
        assertThat(policy.campaignMultiplier(Instant.parse("2026-11-23T00:00:00Z"))).isEqualByComparingTo("1");
        assertThat(earn(policy, line(1, 1, 1, "12.34"))).isEqualTo(24);
    }

    @Test
    void the_part_paid_with_points_earns_nothing_and_is_spread_over_the_lines() {
        List<EarnRule> rules = Collections.singletonList(EarnRule.multiplier(EarnRule.Target.PRODUCT, 1, new BigDecimal("2")));
        EarningPolicy policy = policy("1", rules, Collections.<EarnCampaign>emptyList());

        Earning earning = policy.earn(Arrays.asList(line(1, 1, 1, "30.00"), line(2, 2, 1, "10.00")),
                new BigDecimal("20.00"), BigDecimal.ONE, NOW);

        assertThat(earning.getBasis()).isEqualByComparingTo("20.00");
        assertThat(earning.getLines().get(0).getEligibleAmount()).isEqualByComparingTo("15.00");
        assertThat(earning.getPoints()).as("15 x 2 + 5").isEqualTo(35);
        assertThat(policy.earn(Collections.singletonList(line(1, 3, 1, "5.00")), new BigDecimal("9.00"),
                BigDecimal.ONE, NOW).getPoints()).as("more paid with points than merchandise").isZero();
    }

    @Test
    void the_tier_multiplier_multiplies_on_top() {
        EarningPolicy plain = policy("1", Collections.<EarnRule>emptyList(), Collections.<EarnCampaign>emptyList());

        assertThat(plain.earn(Collections.singletonList(line(1, 1, 1, "10.00")), BigDecimal.ZERO,
                new BigDecimal("1.25"), NOW).getPoints()).isEqualTo(12);
    }

    @Test
    void returned_items_leave_the_exact_points_of_what_was_kept_rounded_down() {
        EarningPolicy plain = policy("1", Collections.<EarnRule>emptyList(), Collections.<EarnCampaign>emptyList());
        Earning earning = plain.earn(Arrays.asList(line(1, 1, 3, "10.00"), line(2, 2, 1, "5.50")),
                BigDecimal.ZERO, BigDecimal.ONE, NOW);
        assertThat(earning.getPoints()).isEqualTo(15);

        Map<Long, Integer> returned = new HashMap<Long, Integer>();
        returned.put(1L, 1);
        assertThat(Earning.pointsKept(earning.getLines(), returned)).as("6.67 + 5.50 kept").isEqualTo(12);
        returned.put(1L, 3);
        returned.put(2L, 1);
        assertThat(Earning.pointsKept(earning.getLines(), returned)).isZero();
        assertThat(Earning.pointsKept(earning.getLines(), Collections.<Long, Integer>emptyMap())).isEqualTo(15);
    }
}
