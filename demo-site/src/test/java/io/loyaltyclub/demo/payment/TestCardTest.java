package io.loyaltyclub.demo.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

class TestCardTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void the_test_cards_are_well_formed_and_only_their_last_four_digits_are_kept() {
        TestCard card = TestCard.of("4242 4242 4242 4242", "12/29", "Eva Tester");

        assertThat(card.problems(NOW)).isEmpty();
        assertThat(card.lastFour()).isEqualTo("4242");
        assertThat(TestCard.of(TestCard.DECLINED, "01/2030", "Eva").problems(NOW)).isEmpty();
    }

    @Test
    void a_mistyped_number_fails_the_luhn_check() {
        assertThat(TestCard.of("4242 4242 4242 4241", "12/29", "Eva").problems(NOW)).containsExactly("payment.error.number");
        assertThat(TestCard.of("1234", "12/29", "Eva").problems(NOW)).containsExactly("payment.error.number");
        assertThat(TestCard.of("abcd efgh", "12/29", "Eva").problems(NOW)).containsExactly("payment.error.number");
    }

    @Test
    void the_expiry_must_be_a_real_month_not_in_the_past() {
        assertThat(TestCard.of(TestCard.APPROVED, "13/29", "Eva").problems(NOW)).containsExactly("payment.error.expiry");
        assertThat(TestCard.of(TestCard.APPROVED, "1229", "Eva").problems(NOW)).containsExactly("payment.error.expiry");
        assertThat(TestCard.of(TestCard.APPROVED, "10/26", "Eva").problems(NOW)).containsExactly("payment.error.expired");
        assertThat(TestCard.of(TestCard.APPROVED, "11/26", "Eva").problems(NOW)).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(TestCard.of("", null, " ").problems(NOW))
                .containsExactly("payment.error.holder", "payment.error.number", "payment.error.expiry");
    }
}
