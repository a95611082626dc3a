package io.loyaltyclub.admin.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.pricing.persistence.MemberPriceRuleImpl;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;

/** The validator Broadleaf runs on the filled-in member price rule when an admin saves one. */
class MemberPriceRuleValidatorTest {

    private final MemberPriceRuleValidator validator = new MemberPriceRuleValidator();

    private PropertyValidationResult validate(MemberPriceRuleImpl rule, String field) {
        return validator.validate(null, rule, Collections.emptyMap(), Collections.<String, String>emptyMap(), null,
                field, null);
    }

    private static MemberPriceRuleImpl goldRule() {
        MemberPriceRuleImpl rule = new MemberPriceRuleImpl();
        rule.setTier(new LoyaltyTierImpl());
        return rule;
    }

    @Test
    void a_tiers_percent_off_a_category_passes_on_every_field() {
        MemberPriceRuleImpl rule = goldRule();
        rule.setCategory(new CategoryImpl());
        rule.setPercentOff(new BigDecimal(10));

        for (String field : new String[] {"tier", "product", "category", "wholeCatalogue", "percentOff", "fixedPrice"}) {
            assertThat(validate(rule, field).isValid()).as(field).isTrue();
        }
    }

    @Test
    void a_rule_without_tier_target_or_price_says_what_is_missing_at_each_field() {
        MemberPriceRuleImpl rule = new MemberPriceRuleImpl();

        assertThat(validate(rule, "tier").getErrorMessage()).isEqualTo("Choose the tier whose members get this price.");
        assertThat(validate(rule, "product").getErrorMessage())
                .isEqualTo("Choose a product or a category, or tick \"Whole catalogue\".");
        assertThat(validate(rule, "percentOff").getErrorMessage())
                .isEqualTo("Give a percent off (like 10) or a fixed price (like 19.90).");
    }

    @Test
    void two_targets_two_prices_or_a_percent_of_100_are_refused() {
        MemberPriceRuleImpl rule = goldRule();
        rule.setProduct(new ProductImpl());
        rule.setWholeCatalogue(true);
        rule.setPercentOff(new BigDecimal(100));

        assertThat(validate(rule, "wholeCatalogue").getErrorMessage())
                .isEqualTo("Choose only one: a product, a category, or the whole catalogue.");
        assertThat(validate(rule, "percentOff").getErrorMessage())
                .isEqualTo("The percent off must be above 0 and below 100.");
        rule.setFixedPrice(new BigDecimal("9.90"));
        assertThat(validate(rule, "fixedPrice").getErrorMessage())
                .isEqualTo("Give either a percent off or a fixed price, not both.");
    }
}
