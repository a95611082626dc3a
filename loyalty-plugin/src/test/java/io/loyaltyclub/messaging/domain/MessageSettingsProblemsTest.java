package io.loyaltyclub.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessageSettingsProblemsTest {

    @Test
    void good_settings_have_no_problems() {
        assertThat(MessageSettingsProblems.of(3, 14, 30, 3, "club@shop.example", "https://shop.example")).isEmpty();
    }

    @Test
    void each_wrong_field_is_named_with_what_it_should_be() {
        assertThat(MessageSettingsProblems.of(null, 0, 366, 13, "club", "ftp://shop")).containsOnlyKeys("weeklyCap",
                "daysBeforeExpiry", "daysBeforeTierEnd", "offersPerMessage", "fromAddress", "shopUrl");
        assertThat(MessageSettingsProblems.of(51, 1, 1, 0, "a@b.c", "http://x").get("weeklyCap")).contains("1 to 50");
    }

    @Test
    void hebrew_and_persian_are_written_right_to_left() {
        assertThat(TextDirection.of(new Locale("he", "IL"))).isEqualTo("rtl");
        assertThat(TextDirection.of(new Locale("fa", "IR"))).isEqualTo("rtl");
        assertThat(TextDirection.of(new Locale("lv", "LV"))).isEqualTo("ltr");
        assertThat(TextDirection.of(Locale.US)).isEqualTo("ltr");
        assertThat(TextDirection.languageTag(new Locale("he", "IL"))).isEqualTo("he-IL");
    }
}
