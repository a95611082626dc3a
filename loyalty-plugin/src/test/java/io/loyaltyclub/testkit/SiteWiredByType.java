package io.loyaltyclub.testkit;

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
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import javax.annotation.Resource;

/**
 * A site's own bean, wired as site code often is: Broadleaf's services by type ({@code @Autowired}, and
 * {@code @Resource} without a name, which falls back to the type when no bean has the field's name), and the
 * site's own {@link Clock}. The harness declares it (loyalty-harness-site-applicationContext.xml), so every
 * integration test boots a Broadleaf site that the plugin must leave starting.
 */
public class SiteWiredByType {

    @Autowired
    public EmailService emailService;

    @Resource
    public MessageCreator siteMessageCreator;

    @Autowired
    public PaymentGatewayConfigurationService paymentGatewayConfigurationService;

    @Autowired
    public OrderService orderService;

    @Resource
    public CustomerService siteCustomerService;

    @Autowired
    public CatalogService catalogService;

    @Autowired
    public PricingService pricingService;

    @Autowired
    public OfferService offerService;

    @Autowired
    public CheckoutService checkoutService;

    @Autowired
    public DynamicSkuPricingService dynamicSkuPricingService;

    @Autowired
    public Clock clock;
}
