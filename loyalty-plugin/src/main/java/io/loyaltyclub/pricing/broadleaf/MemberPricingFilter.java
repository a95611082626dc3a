package io.loyaltyclub.pricing.broadleaf;

import io.loyaltyclub.pricing.service.MemberPriceService;
import org.broadleafcommerce.core.catalog.service.dynamic.DynamicSkuPricingService;
import org.broadleafcommerce.core.catalog.service.dynamic.SkuPricingConsiderationContext;
import org.broadleafcommerce.core.web.catalog.AbstractDynamicSkuPricingFilter;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.io.IOException;
import java.util.HashMap;
import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

/**
 * Fills Broadleaf's sku pricing considerations for each storefront request of a signed-in customer with the shopper
 * (as Broadleaf's DefaultDynamicSkuPricingFilter does) and the club's per-request record of the shopper's tier and
 * the rules; guests keep Broadleaf's own prices, without dynamic pricing. It runs
 * in {@code blPostSecurityFilterChain}, after {@code blCustomerStateFilter} has found the customer and before
 * {@code blCartStateFilter} merges a guest's cart into the customer's on signing in (which reprices the cart).
 */
public class MemberPricingFilter extends AbstractDynamicSkuPricingFilter {

    @Resource(name = "blDynamicSkuPricingService")
    protected DynamicSkuPricingService skuPricingService;

    @Resource(name = "loyaltyMemberPriceService")
    protected MemberPriceService memberPrices;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Customer customer = CustomerState.getCustomer((HttpServletRequest) request);
        if (customer == null || !customer.isRegistered()) {
            // A guest has no member prices and Broadleaf's own prices are theirs: no per-sku dynamic pricing.
            chain.doFilter(request, response);
            return;
        }
        try {
            super.doFilter(request, response, chain);
        } finally {
            SkuPricingConsiderationContext.setSkuPricingConsiderationContext(null);
            SkuPricingConsiderationContext.setSkuPricingService(null);
        }
    }

    @Override
    public DynamicSkuPricingService getDynamicSkuPricingService(ServletRequest request) {
        return skuPricingService;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public HashMap getPricingConsiderations(ServletRequest request) {
        Customer customer = CustomerState.getCustomer((HttpServletRequest) request);
        HashMap considerations = memberPrices.considerationsFor(
                customer != null && customer.isRegistered() ? customer.getId() : null);
        considerations.put("customer", customer);
        return considerations;
    }
}
