package io.loyaltyclub.admin.tier;

import io.loyaltyclub.tier.domain.TierProblems;
import io.loyaltyclub.tier.persistence.LoyaltyTier;

import java.io.Serializable;
import java.util.Map;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

/**
 * Loyalty &gt; Tiers: checks a tier on save with the domain's rules ({@link TierProblems}), field by field. Broadleaf
 * calls it with the tier already filled in from the form.
 */
@Component("loyaltyTierValidator")
public class TierValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof LoyaltyTier)) {
            return new PropertyValidationResult(true);
        }
        LoyaltyTier tier = (LoyaltyTier) instance;
        String problem = TierProblems.of(tier.getCode(), tier.getName(), tier.getRank(), tier.getColour(),
                tier.getPointsToQualify(), tier.getAmountToQualify(), tier.getEarnMultiplier(),
                tier.getFreeShippingFrom(), tier.getWelcomePoints()).get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }
}
