package io.loyaltyclub.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewProblemsTest {

    @Test
    void a_rating_of_one_to_five_and_a_short_text_are_fine() {
        assertThat(ReviewProblems.of("1", "Meh")).isEmpty();
        assertThat(ReviewProblems.of(" 5 ", "Lovely mug")).isEmpty();
    }

    @Test
    void ratings_outside_one_to_five_or_unreadable_are_refused() {
        assertThat(ReviewProblems.of("0", "Text")).containsEntry("rating", "rating");
        assertThat(ReviewProblems.of("6", "Text")).containsEntry("rating", "rating");
        assertThat(ReviewProblems.of("four", "Text")).containsEntry("rating", "rating");
        assertThat(ReviewProblems.of(null, "Text")).containsEntry("rating", "rating");
    }

    @Test
    void texts_too_short_or_too_long_are_refused_counting_characters_not_bytes() {
        assertThat(ReviewProblems.of("3", "  ok ")).containsEntry("text", "textShort");
        assertThat(ReviewProblems.of("3", null)).containsEntry("text", "textShort");
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 2001; i++) {
            longText.append('x');
        }
        assertThat(ReviewProblems.of("3", longText.toString())).containsEntry("text", "textLong");
        StringBuilder hebrew = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            hebrew.append('\u05d0');
        }
        assertThat(ReviewProblems.of("3", hebrew.toString())).isEmpty();
        assertThat(ReviewProblems.text("a\r\nb")).isEqualTo("a\nb");
    }
}
