package io.loyaltyclub.admin.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnOutcomeTest {

    @Test
    void the_points_sentence_names_what_was_taken_back_and_given_back() {
        assertThat(ReturnOutcome.pointsMessage(34, 666)).isEqualTo("34 earned points were taken back. "
                + "666 points that paid for the order were given back.");
        assertThat(ReturnOutcome.pointsMessage(1200, 0)).isEqualTo("1,200 earned points were taken back.");
        assertThat(ReturnOutcome.pointsMessage(0, 0)).isEqualTo("No points changed.");
    }

    @Test
    void a_refusal_says_nothing_changed() {
        assertThat(ReturnOutcome.refused("order 7 is cancelled already.").message())
                .isEqualTo("Nothing was changed: order 7 is cancelled already.");
        assertThat(ReturnOutcome.stale().message()).startsWith("Someone recorded a cancellation or return");
    }
}
