package io.loyaltyclub.admin.access;

import io.loyaltyclub.access.domain.EarlyAccessProblems;
import io.loyaltyclub.access.persistence.EarlyAccess;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Loyalty &gt; Early access: checks a preview on save ({@link EarlyAccessProblems}), field by field: a product or a
 * category (not both), a tier that exists, a launch day.
 */
@Component("loyaltyEarlyAccessValidator")
public class EarlyAccessValidator implements PropertyValidator {

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof EarlyAccess)) {
            return new PropertyValidationResult(true);
        }
        EarlyAccess access = (EarlyAccess) instance;
        String code = access.getTierCode() == null ? null : access.getTierCode().trim();
        String problem = EarlyAccessProblems.of(access.getProduct() != null && access.getProduct().getId() != null,
                access.getCategory() != null && access.getCategory().getId() != null, code,
                code != null && !code.isEmpty() && tiers.findTier(code) != null, access.getLaunchAt() != null)
                .get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }
}
