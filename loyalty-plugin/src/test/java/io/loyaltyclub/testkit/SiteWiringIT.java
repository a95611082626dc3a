package io.loyaltyclub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.payment.service.PaymentGatewayConfigurationService;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.dynamic.DynamicSkuPricingService;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.PricingService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;

import java.time.Clock;

/**
 * The plugin leaves the host's wiring as it was: a site bean that injects Broadleaf's services and its own clock by
 * type (the harness's loyalty-harness-site-applicationContext.xml) starts with the plugin installed, and gets
 * Broadleaf's beans, not the club's.
 */
class SiteWiringIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();

    @Test
    void a_site_bean_injecting_broadleafs_services_by_type_gets_broadleafs_own_beside_the_plugin() {
        SiteWiredByType site = broadleaf.bean("siteWiredByType", SiteWiredByType.class);

        assertThat(site.emailService).isSameAs(broadleaf.bean("blEmailService", EmailService.class));
        assertThat(site.siteMessageCreator).isSameAs(broadleaf.bean("blMessageCreator", MessageCreator.class));
        assertThat(site.paymentGatewayConfigurationService).isSameAs(
                broadleaf.bean("blPassthroughPaymentConfigurationService", PaymentGatewayConfigurationService.class));
        assertThat(site.orderService).isSameAs(broadleaf.bean("blOrderService", OrderService.class));
        assertThat(site.siteCustomerService).isSameAs(broadleaf.bean("blCustomerService", CustomerService.class));
        assertThat(site.catalogService).isSameAs(broadleaf.bean("blCatalogService", CatalogService.class));
        assertThat(site.pricingService).isSameAs(broadleaf.bean("blPricingService", PricingService.class));
        assertThat(site.offerService).isSameAs(broadleaf.bean("blOfferService", OfferService.class));
        assertThat(site.checkoutService).isSameAs(broadleaf.bean("blCheckoutService", CheckoutService.class));
        // The plugin's member pricing replaces Broadleaf's bean of that name: still the one.
        assertThat(site.dynamicSkuPricingService).isSameAs(
                broadleaf.bean("blDynamicSkuPricingService", DynamicSkuPricingService.class));
    }

    @Test
    void a_site_with_a_clock_of_its_own_gets_its_clock_and_the_club_keeps_its() {
        SiteWiredByType site = broadleaf.bean("siteWiredByType", SiteWiredByType.class);

        assertThat(site.clock).isSameAs(broadleaf.bean("siteClock", Clock.class));
        assertThat(broadleaf.bean("loyaltyClock", Clock.class)).isNotSameAs(site.clock);
    }
}
