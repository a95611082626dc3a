package io.loyaltyclub.pricing.domain;

import static io.loyaltyclub.pricing.domain.MemberPriceRule.Target.CATALOGUE;
import static io.loyaltyclub.pricing.domain.MemberPriceRule.Target.CATEGORY;
import static io.loyaltyclub.pricing.domain.MemberPriceRule.Target.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

class MemberPricesTest {

    private static final long MUG = 1L;
    private static final long KITCHEN = 10L;
    private static final long CAMPING = 20L;
    /** The mug is in Camping, a sub-category of Kitchen. */
    private static final Set<Long> MUG_CATEGORIES = new HashSet<Long>(Arrays.asList(CAMPING, KITCHEN));

    private static MemberPrices rules(MemberPriceRule... rules) {
        return new MemberPrices(Arrays.asList(rules));
    }

    private static BigDecimal price(MemberPrices prices, String tier, String regular) {
        return prices.memberPrice(tier, MUG, MUG_CATEGORIES, new BigDecimal(regular), 2);
    }

    @Test
    void the_lowest_price_of_the_tiers_rules_wins() {
        MemberPrices prices = rules(
                MemberPriceRule.percentOff("GOLD", CATALOGUE, 0, new BigDecimal(5)),
                MemberPriceRule.percentOff("GOLD", CATEGORY, KITCHEN, new BigDecimal(10)),
                MemberPriceRule.fixedPrice("GOLD", PRODUCT, MUG, new BigDecimal("21.00")),
                MemberPriceRule.fixedPrice("SILVER", PRODUCT, MUG, new BigDecimal("1.00")));

        assertThat(price(prices, "GOLD", "24.00")).isEqualByComparingTo("21.00");
        assertThat(price(prices, "GOLD", "30.00")).isEqualByComparingTo("21.00");
        assertThat(price(prices, "GOLD", "22.00")).as("10 % off beats the fixed price").isEqualByComparingTo("19.80");
    }

    @Test
    void a_category_rule_covers_the_products_of_its_sub_categories() {
        MemberPrices prices = rules(MemberPriceRule.percentOff("GOLD", CATEGORY, KITCHEN, new BigDecimal(10)));

        assertThat(price(prices, "GOLD", "24.00")).isEqualByComparingTo("21.60");
        assertThat(prices.memberPrice("GOLD", 2L, Collections.singleton(99L), new BigDecimal("24.00"), 2)).isNull();
    }

    @Test
    void a_whole_catalogue_rule_covers_every_product() {
        MemberPrices prices = rules(MemberPriceRule.percentOff("GOLD", CATALOGUE, 0, new BigDecimal(10)));

        assertThat(prices.memberPrice("GOLD", 77L, Collections.<Long>emptySet(), new BigDecimal("50.00"), 2))
                .isEqualByComparingTo("45.00");
    }

    @Test
    void another_tier_and_no_tier_get_no_member_price() {
        MemberPrices prices = rules(MemberPriceRule.percentOff("GOLD", CATALOGUE, 0, new BigDecimal(10)));

        assertThat(price(prices, "SILVER", "24.00")).isNull();
        assertThat(price(prices, null, "24.00")).isNull();
    }

    @Test
    void percent_off_rounds_half_up_to_the_currencys_cents() {
        MemberPrices prices = rules(MemberPriceRule.percentOff("GOLD", CATALOGUE, 0, new BigDecimal("12.5")));

        assertThat(price(prices, "GOLD", "9.99")).isEqualTo(new BigDecimal("8.74"));
        assertThat(price(prices, "GOLD", "0.04")).as("0.035 rounds up to the regular price: no member price").isNull();
        assertThat(prices.memberPrice("GOLD", MUG, MUG_CATEGORIES, new BigDecimal("999"), 0))
                .isEqualTo(new BigDecimal("874"));
    }

    @Test
    void a_member_price_never_exceeds_the_regular_price_and_counts_only_below_it() {
        MemberPrices prices = rules(
                MemberPriceRule.fixedPrice("GOLD", PRODUCT, MUG, new BigDecimal("30.00")),
                MemberPriceRule.percentOff("GOLD", CATALOGUE, 0, new BigDecimal("1")));

        assertThat(price(prices, "GOLD", "0.01")).isNull();
        assertThat(price(prices, "GOLD", "24.00")).isEqualByComparingTo("23.76");
        assertThat(MemberPriceRule.fixedPrice("GOLD", PRODUCT, MUG, new BigDecimal("30.00"))
                .priceFrom(new BigDecimal("24.00"), 2)).isEqualByComparingTo("24.00");
    }

    @Test
    void the_best_club_price_names_the_lowest_tier_that_gets_it() {
        MemberPrices prices = rules(
                MemberPriceRule.percentOff("SILVER", CATALOGUE, 0, new BigDecimal(5)),
                MemberPriceRule.percentOff("GOLD", CATALOGUE, 0, new BigDecimal(10)),
                MemberPriceRule.percentOff("PLATINUM", CATALOGUE, 0, new BigDecimal(10)));
        Map<String, Integer> ranks = new LinkedHashMap<String, Integer>();
        ranks.put("PLATINUM", 3);
        ranks.put("SILVER", 1);
        ranks.put("GOLD", 2);

        MemberPrices.ClubPrice best = prices.bestClubPrice(ranks, MUG, MUG_CATEGORIES, new BigDecimal("20.00"), 2);

        assertThat(best.getTierCode()).isEqualTo("GOLD");
        assertThat(best.getPrice()).isEqualByComparingTo("18.00");
        assertThat(MemberPrices.none().bestClubPrice(ranks, MUG, MUG_CATEGORIES, new BigDecimal("20.00"), 2))
                .isNull();
    }

    @Test
    void a_rule_is_either_a_percent_off_below_100_or_a_fixed_price() {
        assertThatThrownBy(() -> MemberPriceRule.percentOff("GOLD", CATALOGUE, 0, new BigDecimal(100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberPriceRule.fixedPrice("GOLD", CATALOGUE, 0, new BigDecimal(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_admins_rule_is_checked_field_by_field() {
        assertThat(MemberPriceRuleProblems.ofRule(true, true, false, false, new BigDecimal(10), null)).isEmpty();
        assertThat(MemberPriceRuleProblems.ofRule(false, false, false, false, null, null))
                .containsKeys("tier", "product", "category", "wholeCatalogue", "percentOff", "fixedPrice");
        assertThat(MemberPriceRuleProblems.ofRule(true, true, true, false, BigDecimal.ONE, BigDecimal.ONE))
                .containsEntry("product", "Choose only one: a product, a category, or the whole catalogue.")
                .containsEntry("fixedPrice", "Give either a percent off or a fixed price, not both.");
        assertThat(MemberPriceRuleProblems.ofRule(true, false, false, true, new BigDecimal(100), null))
                .containsOnlyKeys("percentOff");
        assertThat(MemberPriceRuleProblems.ofRule(true, false, true, false, null, new BigDecimal("1.999")))
                .containsOnlyKeys("fixedPrice");
    }
}
