package io.loyaltyclub.programme.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoyaltyProgramServiceImplTest {

    @Test
    void a_new_programme_starts_with_the_default_club_terms() {
        assertThat(LoyaltyProgramServiceImpl.defaultTerms())
                .startsWith("<h3>1. Who can join</h3>")
                .contains("Returns")
                .doesNotContain("TODO");
    }
}
