package io.loyaltyclub.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.programme.domain.ExpiryPolicy;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

class ClubPageTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void the_page_shows_the_programme_numbers_formatted_for_the_shopper() {
        ProgrammeRules rules = ProgrammeRules.builder()
                .pointsPerCurrencyUnit(new BigDecimal("1.5"))
                .pointsPerCurrencyUnitRedeemed(1000)
                .minimumRedemptionPoints(2500)
                .welcomeBonusPoints(250)
                .maximumOrderSharePercent(30)
                .pendingDays(21)
                .expiryPolicy(ExpiryPolicy.END_OF_FOLLOWING_YEAR)
                .build();

        ClubPage page = ClubPage.of("Maple Club", true, rules, USD, Locale.US, "3", "<p>Terms</p>");

        assertThat(page.getName()).isEqualTo("Maple Club");
        assertThat(page.getEarnPoints()).isEqualTo("1.5");
        assertThat(page.getEarnUnit()).isEqualTo("$1.00");
        assertThat(page.getRedeemPoints()).isEqualTo("1,000");
        assertThat(page.getMinimumPoints()).isEqualTo("2,500");
        assertThat(page.getWelcomePoints()).isEqualTo("250");
        assertThat(page.isWelcomeBonus()).isTrue();
        assertThat(page.getMaximumSharePercent()).isEqualTo(30);
        assertThat(page.isPointsPayable()).isTrue();
        assertThat(page.getPendingDays()).isEqualTo(21);
        assertThat(page.getExpiryPolicy()).isEqualTo("END_OF_FOLLOWING_YEAR");
        assertThat(page.getTermsVersion()).isEqualTo("3");
    }

    @Test
    void numbers_follow_the_language_of_the_page() {
        ClubPage latvian = ClubPage.of("Klubs", true,
                ProgrammeRules.builder().pointsPerCurrencyUnitRedeemed(1000).build(), USD, new Locale("lv", "LV"), "1", "");
        ClubPage persian = ClubPage.of("باشگاه", true, ProgrammeRules.defaults(), USD, new Locale("fa", "IR"), "1", "");

        assertThat(latvian.getRedeemPoints()).isEqualTo("1\u00a0000");
        assertThat(persian.getRedeemPoints()).isEqualTo("۱۰۰");
    }

    @Test
    void without_a_welcome_bonus_or_payable_share_those_benefits_are_left_out() {
        ProgrammeRules rules = ProgrammeRules.builder().welcomeBonusPoints(0).maximumOrderSharePercent(0).build();

        ClubPage page = ClubPage.of("Club", false, rules, USD, Locale.US, "1", "");

        assertThat(page.isWelcomeBonus()).isFalse();
        assertThat(page.isPointsPayable()).isFalse();
        assertThat(page.isOpen()).isFalse();
    }
}
