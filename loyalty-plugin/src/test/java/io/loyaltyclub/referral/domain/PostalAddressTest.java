package io.loyaltyclub.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalAddressTest {

    @Test
    void case_spacing_punctuation_and_accents_do_not_make_another_address() {
        assertThat(PostalAddress.of("1 Harness St.", null, "12345", "Springfield", "US"))
                .isEqualTo(PostalAddress.of("1  harness st", "", "12345", "SPRINGFIELD", "us"));
        assertThat(PostalAddress.of("Brīvības iela 1", null, "LV-1010", "Rīga", "LV"))
                .isEqualTo(PostalAddress.of("Brivibas iela 1", null, "LV 1010", "Riga", "LV"));
    }

    @Test
    void another_flat_street_city_or_country_is_another_address() {
        PostalAddress home = PostalAddress.of("1 Harness Street", "Flat 2", "12345", "Springfield", "US");
        assertThat(home).isNotEqualTo(PostalAddress.of("1 Harness Street", "Flat 3", "12345", "Springfield", "US"));
        assertThat(home).isNotEqualTo(PostalAddress.of("1 Harness Street", "Flat 2", "12345", "Shelbyville", "US"));
        assertThat(home).isNotEqualTo(PostalAddress.of("1 Harness Street", "Flat 2", "12345", "Springfield", "CA"));
    }

    @Test
    void an_address_without_street_is_nothing_to_compare() {
        assertThat(PostalAddress.of(null, " ", "12345", "Springfield", "US")).isNull();
    }
}
