package io.loyaltyclub.admin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class ProgrammeSettingsValidatorTest {

    private final ProgrammeSettingsValidator validator = new ProgrammeSettingsValidator();

    @Test
    void valid_settings_pass_on_every_field() {
        Entity form = form("pointsPerCurrencyUnit", "1.5", "pendingDays", "14", "expiryPolicy", "NEVER",
                "maximumOrderSharePercent", "50");

        for (String field : new String[] {"pointsPerCurrencyUnit", "pendingDays", "expiryPolicy", "maximumOrderSharePercent"}) {
            assertThat(validate(form, field).isValid()).as(field).isTrue();
        }
    }

    @Test
    void a_problem_is_reported_on_its_own_field_only() {
        Entity form = form("maximumOrderSharePercent", "150", "pendingDays", "14");

        PropertyValidationResult share = validate(form, "maximumOrderSharePercent");
        assertThat(share.isValid()).isFalse();
        assertThat(share.getErrorMessage()).contains("between 0 and 100");
        assertThat(validate(form, "pendingDays").isValid()).isTrue();
    }

    @Test
    void months_are_required_only_when_points_expire_after_months() {
        Entity months = form("expiryPolicy", "MONTHS_AFTER_EARNING", "expiryMonths", "0");
        Entity never = form("expiryPolicy", "NEVER", "expiryMonths", "0");

        assertThat(validate(months, "expiryMonths").isValid()).isFalse();
        assertThat(validate(never, "expiryMonths").isValid()).isTrue();
    }

    @Test
    void text_where_a_number_belongs_gets_a_plain_message() {
        Entity form = form("pendingDays", "two weeks");

        PropertyValidationResult days = validate(form, "pendingDays");
        assertThat(days.isValid()).isFalse();
        assertThat(days.getErrorMessage()).isEqualTo("Enter a whole number.");
        assertThat(validate(form, "maximumOrderSharePercent").isValid()).isTrue();
    }

    private PropertyValidationResult validate(Entity form, String field) {
        Property property = form.findProperty(field);
        return validator.validate(form, null, Collections.emptyMap(), Collections.emptyMap(), null, field,
                property == null ? null : property.getValue());
    }

    private static Entity form(String... pairs) {
        List<Property> properties = new ArrayList<Property>();
        for (int i = 0; i < pairs.length; i += 2) {
            Property property = new Property();
            property.setName(pairs[i]);
            property.setValue(pairs[i + 1]);
            properties.add(property);
        }
        Entity entity = new Entity();
        entity.setProperties(properties.toArray(new Property[0]));
        return entity;
    }
}
