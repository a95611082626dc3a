package io.loyaltyclub.admin.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.messaging.persistence.MessageSettingsImpl;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;

import java.util.Collections;

/** The validator Broadleaf runs on the filled-in message settings when an admin saves them. */
class MessageSettingsValidatorTest {

    private final MessageSettingsValidator validator = new MessageSettingsValidator();

    private PropertyValidationResult validate(MessageSettingsImpl settings, String field) {
        return validator.validate(null, settings, Collections.emptyMap(), Collections.<String, String>emptyMap(), null,
                field, null);
    }

    @Test
    void the_defaults_pass_on_every_field() {
        MessageSettingsImpl settings = new MessageSettingsImpl();
        for (String field : new String[] {"weeklyCap", "daysBeforeExpiry", "daysBeforeTierEnd", "offersPerMessage",
                "fromAddress", "shopUrl", "welcomeOn"}) {
            assertThat(validate(settings, field).isValid()).as(field).isTrue();
        }
    }

    @Test
    void a_wrong_field_is_refused_with_what_it_should_be_and_the_others_pass() {
        MessageSettingsImpl settings = new MessageSettingsImpl();
        settings.setWeeklyCap(0);
        settings.setFromAddress("the club");

        assertThat(validate(settings, "weeklyCap").getErrorMessage())
                .isEqualTo("Messages per member per week: a whole number from 1 to 50.");
        assertThat(validate(settings, "fromAddress").getErrorMessage())
                .isEqualTo("Sender: an e-mail address such as club@example.com.");
        assertThat(validate(settings, "daysBeforeExpiry").isValid()).isTrue();
    }
}
