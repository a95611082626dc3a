package io.loyaltyclub.admin.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.referral.persistence.ReferralDao;
import io.loyaltyclub.referral.persistence.ReferralSettingsImpl;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loyalty > Referral settings: what the admin typed, checked field by field, and one set of settings per shop. */
class ReferralSettingsValidatorTest {

    private final ReferralSettingsValidator validator = new ReferralSettingsValidator();

    @Test
    void sensible_settings_pass_on_every_field() {
        Entity form = form("friendPoints", "200", "advocatePoints", "500", "monthlyCap", "0", "linkDays", "30");
        for (String field : new String[] {"friendPoints", "advocatePoints", "monthlyCap", "linkDays"}) {
            assertThat(validate(form, stored(), field).isValid()).as(field).isTrue();
        }
    }

    @Test
    void negative_fractional_or_wordy_numbers_are_refused_on_their_own_field() {
        Entity form = form("friendPoints", "-5", "advocatePoints", "2.5", "monthlyCap", "five", "linkDays", "30");

        assertThat(validate(form, stored(), "friendPoints").getErrorMessage()).contains("from 0 to 1000000");
        assertThat(validate(form, stored(), "advocatePoints").isValid()).isFalse();
        assertThat(validate(form, stored(), "monthlyCap").getErrorMessage()).contains("0 (no cap)");
        assertThat(validate(form, stored(), "linkDays").isValid()).isTrue();
    }

    @Test
    void a_second_set_of_settings_is_refused_while_the_stored_one_saves() {
        validator.referrals = daoWithSettings();
        Entity form = form("friendPoints", "200", "advocatePoints", "500", "monthlyCap", "5", "linkDays", "30");

        assertThat(validate(form, new ReferralSettingsImpl(), "friendPoints").getErrorMessage())
                .contains("one set of referral settings");
        assertThat(validate(form, stored(), "friendPoints").isValid()).isTrue();
    }

    private static ReferralSettingsImpl stored() {
        ReferralSettingsImpl settings = new ReferralSettingsImpl();
        settings.setId(1L);
        return settings;
    }

    private static ReferralDao daoWithSettings() {
        return (ReferralDao) Proxy.newProxyInstance(ReferralDao.class.getClassLoader(), new Class<?>[] {ReferralDao.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findSettings")) {
                        return stored();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private PropertyValidationResult validate(Entity form, ReferralSettingsImpl instance, String field) {
        Property property = form.findProperty(field);
        return validator.validate(form, instance, Collections.emptyMap(), Collections.emptyMap(), null, field,
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
