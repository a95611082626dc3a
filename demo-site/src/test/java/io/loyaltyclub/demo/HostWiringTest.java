package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Installing the plugin leaves the site's wiring as it was: in the storefront and in the admin (root context and
 * dispatcher servlet, as the demo's web.xml files list them), no bean of the plugin or of its admin extension is a
 * second candidate for a type the site can inject by type today ({@code @Autowired EmailService}), nor of a type
 * a site declares and injects itself ({@code Clock}, {@code TaskExecutor}, {@code CacheManager}...).
 */
class HostWiringTest {

    @Test
    void the_storefront_finds_by_type_exactly_what_it_found_without_the_plugin() throws Exception {
        assertThat(HostWiring.pluginFiles("storefront")).containsExactly("classpath:/bl-loyalty-applicationContext.xml",
                "classpath:/bl-loyalty-applicationContext-site.xml", "classpath:/bl-loyalty-site-servlet.xml");
        HostWiring storefront = HostWiring.of("storefront");

        assertThat(storefront.pluginBeans()).contains("loyaltyLedgerService", "loyaltyMessageDelivery",
                "loyaltyClock", "loyaltyEarnPointsActivity", "loyaltyMemberPricingFilter");
        assertThat(storefront.secondCandidates()).isEmpty();
    }

    @Test
    void the_admin_finds_by_type_exactly_what_it_found_without_the_plugin_and_its_admin_module() throws Exception {
        assertThat(HostWiring.pluginFiles("admin")).containsExactly("classpath:/bl-loyalty-applicationContext.xml",
                "classpath:/bl-loyalty-admin-applicationContext.xml", "classpath:/bl-loyalty-admin-servlet.xml");
        HostWiring admin = HostWiring.of("admin");

        assertThat(admin.pluginBeans()).contains("loyaltyLedgerService", "loyaltyTierValidator",
                "loyaltyOrderReturnsButton");
        assertThat(admin.secondCandidates()).isEmpty();
    }
}
