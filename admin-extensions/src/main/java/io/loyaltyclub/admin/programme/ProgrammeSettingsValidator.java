package io.loyaltyclub.admin.programme;

import io.loyaltyclub.programme.domain.ExpiryPolicy;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the programme settings form in the admin with the domain's own rules
 * ({@link ProgrammeRules#problems()}), field by field, so the admin and the services agree on what is valid.
 */
@Component("loyaltyProgrammeSettingsValidator")
public class ProgrammeSettingsValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        List<String> messages = new ArrayList<String>();
        ProgrammeRules.Builder rules = ProgrammeRules.builder();
        try {
            rules.pointsPerCurrencyUnit(decimal(entity, "pointsPerCurrencyUnit", BigDecimal.ONE));
            rules.pointsPerCurrencyUnitRedeemed(whole(entity, "pointsPerCurrencyUnitRedeemed", 100));
            rules.pendingDays((int) whole(entity, "pendingDays", 14));
            rules.expiryPolicy(ExpiryPolicy.named(text(entity, "expiryPolicy")));
            rules.expiryMonths((int) whole(entity, "expiryMonths", 0));
            rules.minimumRedemptionPoints(whole(entity, "minimumRedemptionPoints", 0));
            rules.maximumOrderSharePercent((int) whole(entity, "maximumOrderSharePercent", 0));
            rules.welcomeBonusPoints(whole(entity, "welcomeBonusPoints", 0));
            rules.restoreGraceDays((int) whole(entity, "restoreGraceDays", 30));
            String zone = text(entity, "timeZone");
            rules.timeZone(zone == null || zone.isEmpty() ? "UTC" : zone);
        } catch (UnreadableField e) {
            if (e.field.equals(propertyName)) {
                return new PropertyValidationResult(false, e.getMessage());
            }
            // Another field's own check reports it.
            return new PropertyValidationResult(true);
        }
        for (ProgrammeRules.Problem problem : rules.build().problems()) {
            if (problem.getField().equals(propertyName)) {
                messages.add(problem.getMessage());
            }
        }
        return messages.isEmpty()
                ? new PropertyValidationResult(true)
                : new PropertyValidationResult(false, String.join(" ", messages));
    }

    private static String text(Entity entity, String field) {
        Property property = entity.findProperty(field);
        return property == null || property.getValue() == null ? null : property.getValue().trim();
    }

    private static BigDecimal decimal(Entity entity, String field, BigDecimal absent) {
        String value = text(entity, field);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new UnreadableField(field, "Enter a number, like 1 or 1.5.");
        }
    }

    private static long whole(Entity entity, String field, long absent) {
        String value = text(entity, field);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UnreadableField(field, "Enter a whole number.");
        }
    }

    private static final class UnreadableField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        UnreadableField(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
