package io.loyaltyclub.admin.action;

import io.loyaltyclub.action.domain.ActionRuleProblems;
import io.loyaltyclub.action.persistence.ActionRule;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/**
 * Loyalty &gt; Action rewards: checks a rule on save ({@link ActionRuleProblems}), field by field: points and caps
 * within bounds, caps that can all be reached, and no new rules (there is one per action, made by the club).
 */
@Component("loyaltyActionRuleValidator")
public class ActionRuleValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof ActionRule)) {
            return new PropertyValidationResult(true);
        }
        ActionRule rule = (ActionRule) instance;
        String problem = ActionRuleProblems.of(rule.getActionType(), rule.getPoints(), rule.caps()).get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }
}
