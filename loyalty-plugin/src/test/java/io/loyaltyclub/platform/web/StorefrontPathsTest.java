package io.loyaltyclub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.junit.jupiter.api.Test;

class StorefrontPathsTest {

    private static StorefrontPaths paths() {
        StorefrontPaths paths = new StorefrontPaths();
        paths.loginPath = "/login";
        paths.registerPath = "/register?from=club";
        paths.returnParameter = "successUrl";
        paths.checkoutPath = "/checkout";
        return paths;
    }

    @Test
    void sign_in_and_registration_come_back_to_a_local_path() {
        assertThat(paths().login("/account/loyalty")).isEqualTo("/login?successUrl=%2Faccount%2Floyalty");
        assertThat(paths().register("/loyalty#join")).isEqualTo("/register?from=club&successUrl=%2Floyalty%23join");
    }

    @Test
    void an_address_that_is_not_a_local_path_is_left_out() {
        assertThat(paths().login("//evil.example/")).isEqualTo("/login");
        assertThat(paths().register("https://evil.example/")).isEqualTo("/register?from=club");
        assertThat(paths().login(null)).isEqualTo("/login");
    }

    @Test
    void a_product_page_is_a_local_path_or_the_home_page() {
        ProductImpl product = new ProductImpl();
        product.setUrl("/kitchen/kettle");
        assertThat(ProductPages.url(product)).isEqualTo("/kitchen/kettle");
        product.setUrl("kitchen/kettle");
        assertThat(ProductPages.url(product)).isEqualTo("/kitchen/kettle");
        product.setUrl("//evil.example/kettle");
        assertThat(ProductPages.url(product)).isEqualTo("/");
        product.setUrl("\\evil.example");
        assertThat(ProductPages.url(product)).isEqualTo("/");
        product.setUrl(null);
        assertThat(ProductPages.url(product)).isEqualTo("/");
    }
}
