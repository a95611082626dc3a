package io.loyaltyclub.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

class ApiKeyFormTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    private static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");

    private static ApiKeyForm form(String name, String lastDay) {
        ApiKeyForm form = ApiKeyForm.blank();
        form.setName(name);
        form.setExpiresOn(lastDay);
        return form;
    }

    @Test
    void a_named_key_without_a_last_day_never_expires() {
        ApiKeyForm form = form("Maple roastery till", "");
        assertThat(form.problems(RIGA, NOW)).isEmpty();
        assertThat(form.expiresAt(RIGA)).isNull();
    }

    @Test
    void the_key_works_through_its_last_day_in_the_store_zone() {
        ApiKeyForm form = form("Till", "2026-12-31");
        assertThat(form.problems(RIGA, NOW)).isEmpty();
        assertThat(form.expiresAt(RIGA)).isEqualTo(Instant.parse("2026-12-31T22:00:00Z"));
        assertThat(form("Till", "2026-05-10").problems(RIGA, NOW)).as("today is fine").isEmpty();
    }

    @Test
    void no_name_a_past_or_unreadable_day_or_a_forged_token_are_refused_by_field() {
        assertThat(form(" ", null).problems(RIGA, NOW)).containsOnlyKeys("name");
        assertThat(form(new String(new char[101]).replace('\0', 'n'), null).problems(RIGA, NOW)).containsOnlyKeys("name");
        assertThat(form("Till", "2026-05-09").problems(RIGA, NOW)).containsOnlyKeys("expiresOn");
        assertThat(form("Till", "31.12.2026").problems(RIGA, NOW)).containsOnlyKeys("expiresOn");
        ApiKeyForm forged = form("Till", null);
        forged.setFormToken("x");
        assertThat(forged.problems(RIGA, NOW)).containsOnlyKeys("form");
    }

    @Test
    void every_blank_form_has_its_own_token() {
        assertThat(ApiKeyForm.blank().getFormToken()).isNotEqualTo(ApiKeyForm.blank().getFormToken());
    }
}
