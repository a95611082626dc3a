package io.loyaltyclub.admin.earning;

import io.loyaltyclub.earning.domain.EarnRuleProblems;
import io.loyaltyclub.earning.persistence.EarningCampaign;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Loyalty &gt; Points campaigns: checks a campaign on save with the domain's own rules
 * ({@link EarnRuleProblems#ofCampaign}), field by field (name, multiplier, starts, ends). Broadleaf calls it with
 * the campaign already filled in from the form; a form that could not be read is reported by Broadleaf itself.
 */
@Component("loyaltyEarnCampaignValidator")
public class EarnCampaignValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof EarningCampaign)) {
            return new PropertyValidationResult(true);
        }
        EarningCampaign campaign = (EarningCampaign) instance;
        String problem = EarnRuleProblems.ofCampaign(campaign.getName(), campaign.getMultiplier(),
                instant(campaign.getStartsAt()), instant(campaign.getEndsAt())).get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
