package io.loyaltyclub.admin.earning;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.earning.persistence.EarningCampaignImpl;
import io.loyaltyclub.earning.persistence.EarningRuleImpl;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;

/** The validators Broadleaf runs on the filled-in rule or campaign when an admin saves one. */
class EarnRuleValidatorsTest {

    private final EarnRuleValidator rules = new EarnRuleValidator();
    private final EarnCampaignValidator campaigns = new EarnCampaignValidator();

    @Test
    void a_product_rule_with_a_multiplier_passes_on_every_field() {
        EarningRuleImpl rule = rule(new ProductImpl(), null, "2");

        for (String field : new String[] {"product", "category", "multiplier"}) {
            assertThat(validate(rules, rule, field).isValid()).as(field).isTrue();
        }
    }

    @Test
    void a_rule_about_neither_a_product_nor_a_category_is_refused_on_both() {
        EarningRuleImpl rule = rule(null, null, "2");

        assertThat(validate(rules, rule, "product").getErrorMessage())
                .isEqualTo("Choose the product or the category the rule is about.");
        assertThat(validate(rules, rule, "category").isValid()).isFalse();
        assertThat(validate(rules, rule, "multiplier").isValid()).isTrue();
    }

    @Test
    void a_rule_about_both_is_refused() {
        assertThat(validate(rules, rule(new ProductImpl(), new CategoryImpl(), "2"), "product").getErrorMessage())
                .isEqualTo("Choose either a product or a category, not both.");
    }

    @Test
    void a_negative_zero_or_missing_multiplier_is_refused_unless_the_rule_excludes() {
        assertThat(validate(rules, rule(null, new CategoryImpl(), "-1"), "multiplier").getErrorMessage())
                .startsWith("The multiplier must be between 0 and 100.");
        assertThat(validate(rules, rule(null, new CategoryImpl(), "0"), "multiplier").getErrorMessage())
                .startsWith("A multiplier of 0 earns nothing");
        assertThat(validate(rules, rule(null, new CategoryImpl(), null), "multiplier").getErrorMessage())
                .startsWith("Give a multiplier, like 2 for double points.");
        EarningRuleImpl exclusion = rule(null, new CategoryImpl(), null);
        exclusion.setExcluded(true);
        assertThat(validate(rules, exclusion, "multiplier").isValid()).isTrue();
    }

    @Test
    void a_campaign_ending_before_it_starts_is_refused_on_its_end() {
        EarningCampaignImpl campaign = campaign("Double weekend", "2", 1000, 500);

        assertThat(validate(campaigns, campaign, "endsAt").getErrorMessage())
                .isEqualTo("The campaign must end after it starts.");
        assertThat(validate(campaigns, campaign, "startsAt").isValid()).isTrue();
        assertThat(validate(campaigns, campaign("Double weekend", "2", 500, 1000), "endsAt").isValid()).isTrue();
    }

    @Test
    void a_campaign_multiplying_by_zero_or_without_a_name_is_refused() {
        assertThat(validate(campaigns, campaign("Nothing", "0", 0, 1000), "multiplier").getErrorMessage())
                .isEqualTo("A campaign multiplies points by more than 0.");
        assertThat(validate(campaigns, campaign(" ", "2", 0, 1000), "name").getErrorMessage())
                .isEqualTo("Give the campaign a name.");
    }

    private static EarningRuleImpl rule(ProductImpl product, CategoryImpl category, String multiplier) {
        EarningRuleImpl rule = new EarningRuleImpl();
        rule.setName("Rule");
        rule.setProduct(product);
        rule.setCategory(category);
        rule.setMultiplier(multiplier == null ? null : new BigDecimal(multiplier));
        return rule;
    }

    private static EarningCampaignImpl campaign(String name, String multiplier, long startsAt, long endsAt) {
        EarningCampaignImpl campaign = new EarningCampaignImpl();
        campaign.setName(name);
        campaign.setMultiplier(new BigDecimal(multiplier));
        campaign.setStartsAt(new Date(startsAt));
        campaign.setEndsAt(new Date(endsAt));
        return campaign;
    }

    private static PropertyValidationResult validate(
            org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator validator,
            Serializable instance, String field) {
        return validator.validate(null, instance, Collections.emptyMap(), Collections.emptyMap(), null, field, null);
    }
}
