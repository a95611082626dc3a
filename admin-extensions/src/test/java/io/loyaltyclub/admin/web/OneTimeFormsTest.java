package io.loyaltyclub.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class OneTimeFormsTest {

    private final MockHttpSession session = new MockHttpSession();

    @Test
    void a_token_is_spent_once() {
        String token = OneTimeForms.issue(session, "run");

        assertThat(OneTimeForms.spend(session, "run", token)).isEqualTo(OneTimeForms.Use.FRESH);
        assertThat(OneTimeForms.spend(session, "run", token)).isEqualTo(OneTimeForms.Use.SPENT);
    }

    @Test
    void a_token_of_another_session_or_purpose_or_none_is_unknown() {
        String token = OneTimeForms.issue(new MockHttpSession(), "run");
        String other = OneTimeForms.issue(session, "other");

        assertThat(OneTimeForms.spend(session, "run", token)).isEqualTo(OneTimeForms.Use.UNKNOWN);
        assertThat(OneTimeForms.spend(session, "run", other)).isEqualTo(OneTimeForms.Use.UNKNOWN);
        assertThat(OneTimeForms.spend(session, "run", null)).isEqualTo(OneTimeForms.Use.UNKNOWN);
    }

    @Test
    void the_oldest_forms_are_forgotten_beyond_the_limit() {
        String first = OneTimeForms.issue(session, "run");
        for (int i = 0; i < OneTimeForms.KEPT; i++) {
            OneTimeForms.issue(session, "run");
        }

        assertThat(OneTimeForms.spend(session, "run", first)).isEqualTo(OneTimeForms.Use.UNKNOWN);
    }
}
