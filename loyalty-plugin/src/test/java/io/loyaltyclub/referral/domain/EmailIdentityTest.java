package io.loyaltyclub.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailIdentityTest {

    @Test
    void case_never_matters() {
        assertThat(EmailIdentity.sameMailbox("Ann.Lee@Example.COM", "ann.lee@example.com")).isTrue();
    }

    @Test
    void gmail_ignores_dots_and_plus_tags_and_googlemail_is_gmail() {
        assertThat(EmailIdentity.of("Ann.Lee+shop@gmail.com")).isEqualTo("annlee@gmail.com");
        assertThat(EmailIdentity.sameMailbox("a.n.n.lee+x@googlemail.com", "annlee@gmail.com")).isTrue();
    }

    @Test
    void providers_that_ignore_plus_tags_keep_their_dots() {
        assertThat(EmailIdentity.sameMailbox("jo.smith+deals@outlook.com", "jo.smith@outlook.com")).isTrue();
        assertThat(EmailIdentity.sameMailbox("jo.smith@outlook.com", "josmith@outlook.com")).isFalse();
    }

    @Test
    void other_providers_keep_dots_and_tags_as_different_mailboxes() {
        assertThat(EmailIdentity.sameMailbox("jo.smith@example.com", "josmith@example.com")).isFalse();
        assertThat(EmailIdentity.sameMailbox("jo+a@example.com", "jo@example.com")).isFalse();
    }

    @Test
    void blank_or_broken_addresses_are_nobody() {
        assertThat(EmailIdentity.of(null)).isNull();
        assertThat(EmailIdentity.of("  ")).isNull();
        assertThat(EmailIdentity.of("no-at-sign")).isNull();
        assertThat(EmailIdentity.of("+tag@gmail.com")).isEqualTo("+tag@gmail.com");
        assertThat(EmailIdentity.sameMailbox(null, null)).isFalse();
    }

    @Test
    void a_google_address_is_looked_for_in_both_google_domains() {
        assertThat(EmailIdentity.domainsOf("x@googlemail.com")).containsExactlyInAnyOrder("gmail.com", "googlemail.com");
        assertThat(EmailIdentity.domainsOf("x@Example.com")).containsExactly("example.com");
    }
}
