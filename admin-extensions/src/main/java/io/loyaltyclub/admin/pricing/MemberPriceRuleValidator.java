package io.loyaltyclub.admin.pricing;

import io.loyaltyclub.admin.earning.SubmittedValues;
import io.loyaltyclub.pricing.domain.MemberPriceRuleProblems;
import io.loyaltyclub.pricing.persistence.MemberPriceRule;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Loyalty &gt; Member prices: checks a rule on save with the domain's own rules ({@link MemberPriceRuleProblems}),
 * field by field (tier, product, category, whole catalogue, percent off, fixed price), so the admin and pricing
 * agree on what a rule is. Broadleaf calls it with the rule filled in from the form ({@code instance}); the submitted
 * values ({@code entity}) serve when there is no instance.
 */
@Component("loyaltyMemberPriceRuleValidator")
public class MemberPriceRuleValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        Map<String, String> problems;
        if (instance instanceof MemberPriceRule) {
            MemberPriceRule rule = (MemberPriceRule) instance;
            problems = MemberPriceRuleProblems.ofRule(rule.getTier() != null, rule.getProduct() != null,
                    rule.getCategory() != null, rule.isWholeCatalogue(), rule.getPercentOff(), rule.getFixedPrice());
        } else {
            BigDecimal percentOff;
            BigDecimal fixedPrice;
            try {
                percentOff = SubmittedValues.decimal(entity, "percentOff");
            } catch (NumberFormatException e) {
                return invalidNumber(propertyName, "percentOff", "Enter a number, like 10 or 12.5.");
            }
            try {
                fixedPrice = SubmittedValues.decimal(entity, "fixedPrice");
            } catch (NumberFormatException e) {
                return invalidNumber(propertyName, "fixedPrice", "Enter a price, like 19.90.");
            }
            problems = MemberPriceRuleProblems.ofRule(SubmittedValues.present(entity, "tier"),
                    SubmittedValues.present(entity, "product"), SubmittedValues.present(entity, "category"),
                    "true".equalsIgnoreCase(SubmittedValues.text(entity, "wholeCatalogue")), percentOff, fixedPrice);
        }
        String problem = problems.get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    private static PropertyValidationResult invalidNumber(String propertyName, String field, String message) {
        return field.equals(propertyName)
                ? new PropertyValidationResult(false, message)
                : new PropertyValidationResult(true);
    }
}
