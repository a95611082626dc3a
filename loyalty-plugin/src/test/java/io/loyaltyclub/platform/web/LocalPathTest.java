package io.loyaltyclub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/checkout", "/account?tab=orders", "/loyalty#join", "/kitchen/cast-iron-skillet",
            "/search?q=tea%20pot", "/r/ABCD2345", "/%2F%2Fevil.example", "/a/b/../c", "/produkt/tējkanna"})
    void paths_of_this_site_are_kept(String path) {
        assertThat(LocalPath.orNull(path)).isEqualTo(path);
    }

    @Test
    void surrounding_spaces_are_trimmed() {
        assertThat(LocalPath.orNull(" /account?tab=orders ")).isEqualTo("/account?tab=orders");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "https://evil.example/", "http://localhost/account", "//evil.example/",
            "/\\evil.example/", "\\\\evil.example", "\\/evil.example", "/\\/evil.example", "//", "///evil.example",
            "/\t/evil.example", "/\n/evil.example", "\t//evil.example", "/a\r\nSet-Cookie: x=y", "/a b",
            "/redirect?to=http://evil.example", "account", "evil.example", "javascript:alert(1)",
            "data:text/html,x", "/{id}", "/a}", "/a\u0000b", "/a\u007fb", "/a\u2028b", "/a\u00a0b", "/x\\y"})
    void other_hosts_and_tricks_are_refused(String address) {
        assertThat(LocalPath.orNull(address)).isNull();
    }

    @Test
    void addresses_longer_than_the_limit_are_refused() {
        StringBuilder longest = new StringBuilder("/");
        while (longest.length() < LocalPath.MAX_LENGTH) {
            longest.append('a');
        }
        String limit = longest.toString();
        assertThat(LocalPath.orNull(limit)).isEqualTo(limit);
        assertThat(LocalPath.orNull(limit + "a")).isNull();
    }

    @Test
    void a_refused_address_falls_back() {
        assertThat(LocalPath.or("//evil.example", "/account")).isEqualTo("/account");
        assertThat(LocalPath.or(null, "/")).isEqualTo("/");
        assertThat(LocalPath.or("/cart", "/")).isEqualTo("/cart");
    }

    private static MockHttpServletRequest from(String contextPath, String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", contextPath + "/cart/add");
        request.setServerName("shop.example");
        request.setContextPath(contextPath);
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }

    @Test
    void the_referer_gives_the_page_of_this_site_the_form_was_on() {
        assertThat(LocalPath.ofReferer(from("", "http://shop.example/kitchen/kettle?x=1"))).isEqualTo("/kitchen/kettle");
        assertThat(LocalPath.ofReferer(from("", "https://SHOP.example:8443/cart"))).isEqualTo("/cart");
        assertThat(LocalPath.ofReferer(from("/admin", "http://shop.example/admin/customer/5"))).isEqualTo("/customer/5");
    }

    @Test
    void a_referer_of_another_site_or_a_path_that_would_leave_gives_nothing() {
        assertThat(LocalPath.ofReferer(from("", "http://evil.example/x"))).isNull();
        assertThat(LocalPath.ofReferer(from("", "http://shop.example//evil.example/x"))).isNull();
        assertThat(LocalPath.ofReferer(from("", "http://shop.example/%5C/x"))).isEqualTo("/%5C/x");
        assertThat(LocalPath.ofReferer(from("", "//evil.example/x"))).isNull();
        assertThat(LocalPath.ofReferer(from("", "/cart"))).isNull();
        assertThat(LocalPath.ofReferer(from("/admin", "http://shop.example/other/x"))).isNull();
        assertThat(LocalPath.ofReferer(from("", "http://shop.example/a b"))).isNull();
        assertThat(LocalPath.ofReferer(from("", null))).isNull();
    }
}
