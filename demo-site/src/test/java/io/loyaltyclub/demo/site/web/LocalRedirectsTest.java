package io.loyaltyclub.demo.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRedirectsTest {

    @Test
    void paths_of_this_site_are_kept() {
        assertThat(LocalRedirects.localPathOrNull("/checkout")).isEqualTo("/checkout");
        assertThat(LocalRedirects.localPathOrNull(" /account?tab=orders ")).isEqualTo("/account?tab=orders");
    }

    @Test
    void other_hosts_and_tricks_are_dropped() {
        assertThat(LocalRedirects.localPathOrNull("https://evil.example/")).isNull();
        assertThat(LocalRedirects.localPathOrNull("//evil.example/")).isNull();
        assertThat(LocalRedirects.localPathOrNull("/\\evil.example/")).isNull();
        assertThat(LocalRedirects.localPathOrNull("/redirect?to=http://evil.example")).isNull();
        assertThat(LocalRedirects.localPathOrNull("/a\r\nSet-Cookie: x=y")).isNull();
        assertThat(LocalRedirects.localPathOrNull("account")).isNull();
        assertThat(LocalRedirects.localPathOrNull(null)).isNull();
    }
}
