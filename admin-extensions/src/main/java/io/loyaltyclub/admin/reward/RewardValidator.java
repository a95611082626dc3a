package io.loyaltyclub.admin.reward;

import io.loyaltyclub.reward.domain.RewardTerms;
import io.loyaltyclub.reward.persistence.Reward;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/** Loyalty &gt; Reward catalogue: checks a reward on save ({@link RewardTerms#problem}), field by field. */
@Component("loyaltyRewardValidator")
public class RewardValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof Reward)) {
            return new PropertyValidationResult(true);
        }
        Reward reward = (Reward) instance;
        String problem = RewardTerms.problem(propertyName, reward.getKind(), reward.getPointsCost(),
                reward.getAmount(), reward.getProduct() != null && reward.getProduct().getId() != null,
                reward.getStock(), reward.getAvailableFrom(), reward.getAvailableUntil(),
                reward.getCouponValidDays());
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }
}
