package io.loyaltyclub.api.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerTextTest {

    @Test
    void letters_of_any_script_punctuation_and_characters_outside_the_basic_plane_are_printable() {
        for (String text : new String[]{"", "Coffee tasting", "Café crème", "קפה", "قهوه", "咖啡", "\"quoted\" \\ back",
                "☕ \uD83C\uDF70 cake", "a\u00a0b", "\u200f\u202e bidi"}) {
            assertThat(PartnerText.isPrintable(text)).as(text).isTrue();
        }
    }

    @Test
    void nul_every_other_control_character_and_half_a_surrogate_pair_are_not() {
        for (char c = 0; c < 0x20; c++) {
            assertThat(PartnerText.isPrintable("a" + c + "b")).as("U+%04X", (int) c).isFalse();
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertThat(PartnerText.isPrintable("a" + c + "b")).as("U+%04X", (int) c).isFalse();
        }
        assertThat(PartnerText.isPrintable("\u0000")).isFalse();
        assertThat(PartnerText.isPrintable("tail\n")).isFalse();
        assertThat(PartnerText.isPrintable("a\uD83Cb")).as("a high surrogate alone").isFalse();
        assertThat(PartnerText.isPrintable("a\uDF70b")).as("a low surrogate alone").isFalse();
        assertThat(PartnerText.isPrintable("end\uD83C")).as("a pair cut at the end").isFalse();
        assertThat(PartnerText.isPrintable("\uDF70\uD83C")).as("a pair the wrong way round").isFalse();
    }
}
