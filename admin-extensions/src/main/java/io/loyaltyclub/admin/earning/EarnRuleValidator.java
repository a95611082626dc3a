package io.loyaltyclub.admin.earning;

import io.loyaltyclub.earning.domain.EarnRuleProblems;
import io.loyaltyclub.earning.persistence.EarningRule;
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
 * Loyalty &gt; Earning rules: checks a rule on save with the domain's own rules ({@link EarnRuleProblems#ofRule}),
 * field by field (product, category, multiplier), so the admin and the earning policy agree on what a rule is.
 * Broadleaf calls it with the rule already filled in from the form ({@code instance}); the submitted values
 * ({@code entity}) serve when there is no instance.
 */
@Component("loyaltyEarnRuleValidator")
public class EarnRuleValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        Map<String, String> problems;
        if (instance instanceof EarningRule) {
            EarningRule rule = (EarningRule) instance;
            problems = EarnRuleProblems.ofRule(rule.getProduct() != null, rule.getCategory() != null,
                    rule.getMultiplier(), rule.isExcluded());
        } else {
            BigDecimal multiplier;
            try {
                multiplier = SubmittedValues.decimal(entity, "multiplier");
            } catch (NumberFormatException e) {
                return "multiplier".equals(propertyName)
                        ? new PropertyValidationResult(false, "Enter a number, like 2 or 1.5.")
                        : new PropertyValidationResult(true);
            }
            problems = EarnRuleProblems.ofRule(SubmittedValues.present(entity, "product"),
                    SubmittedValues.present(entity, "category"), multiplier,
                    "true".equalsIgnoreCase(SubmittedValues.text(entity, "excluded")));
        }
        String problem = problems.get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }
}
