package io.loyaltyclub.admin.messaging;

import io.loyaltyclub.messaging.domain.MessageSettingsProblems;
import io.loyaltyclub.messaging.persistence.MessageSettings;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/** Loyalty &gt; Member messages: checks the settings on save ({@link MessageSettingsProblems}), field by field. */
@Component("loyaltyMessageSettingsValidator")
public class MessageSettingsValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof MessageSettings)) {
            return new PropertyValidationResult(true);
        }
        MessageSettings settings = (MessageSettings) instance;
        String problem = MessageSettingsProblems.of(settings.getWeeklyCap(), settings.getDaysBeforeExpiry(),
                settings.getDaysBeforeTierEnd(), settings.getOffersPerMessage(), settings.getFromAddress(),
                settings.getShopUrl()).get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }
}
