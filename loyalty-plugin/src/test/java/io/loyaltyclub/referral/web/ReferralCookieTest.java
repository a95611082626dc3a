package io.loyaltyclub.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralCookieTest {

    @Test
    void the_code_terms_and_consent_come_back_as_stored() {
        ReferralCookie stored = new ReferralCookie("ABCD2345", "2026-1 ~ spring", true);
        ReferralCookie read = ReferralCookie.parse(stored.value());
        assertThat(read.getCode()).isEqualTo("ABCD2345");
        assertThat(read.getTermsVersion()).isEqualTo("2026-1 ~ spring");
        assertThat(read.isMarketingConsent()).isTrue();
        assertThat(stored.value()).doesNotContain(" ", ";", ",", "\"");
    }

    @Test
    void a_link_followed_without_accepting_the_terms_remembers_the_code_only() {
        ReferralCookie read = ReferralCookie.parse(new ReferralCookie("ABCD2345", null, false).value());
        assertThat(read.getTermsVersion()).isNull();
        assertThat(read.isMarketingConsent()).isFalse();
    }

    @Test
    void a_tampered_value_is_no_referral() {
        assertThat(ReferralCookie.parse("not-a-code~1~v1")).isNull();
        assertThat(ReferralCookie.parse("")).isNull();
        assertThat(ReferralCookie.parse(null)).isNull();
    }

    @Test
    void a_friend_is_shown_by_first_name_or_a_masked_address() {
        assertThat(ReferralPanel.Row.friendName("Bob", "bob@example.com")).isEqualTo("Bob");
        assertThat(ReferralPanel.Row.friendName(" ", "bob@example.com")).isEqualTo("b***@example.com");
    }
}
