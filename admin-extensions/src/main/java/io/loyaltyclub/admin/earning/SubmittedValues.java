package io.loyaltyclub.admin.earning;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;

import java.math.BigDecimal;

/** Values of an admin form as Broadleaf submitted them (text), for validators that have no filled-in entity. */
public final class SubmittedValues {

    private SubmittedValues() {
    }

    public static String text(Entity entity, String field) {
        Property property = entity == null ? null : entity.findProperty(field);
        return property == null || property.getValue() == null ? null : property.getValue().trim();
    }

    public static boolean present(Entity entity, String field) {
        String value = text(entity, field);
        return value != null && !value.isEmpty() && !"null".equals(value);
    }

    /** @throws NumberFormatException when the value is not a number */
    public static BigDecimal decimal(Entity entity, String field) {
        String value = text(entity, field);
        return value == null || value.isEmpty() ? null : new BigDecimal(value);
    }
}
