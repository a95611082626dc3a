package io.loyaltyclub.pricing.broadleaf;

import io.loyaltyclub.platform.web.ShopperMemory;
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
import javax.servlet.http.HttpSession;

/**
 * Fills Broadleaf's sku pricing considerations for each storefront request of a signed-in customer with the shopper
 * (as Broadleaf's DefaultDynamicSkuPricingFilter does) and the club's per-request record of the shopper's tier and
 * the rules; guests keep Broadleaf's own prices, without dynamic pricing. It runs
 * in {@code blPostSecurityFilterChain}, after {@code blCustomerStateFilter} has found the customer and before
 * {@code blCartStateFilter} merges a guest's cart into the customer's on signing in (which reprices the cart).
 *
 * <p>It is also where the {@link ShopperMemory} of a signed-in shopper is forgotten: before and after anything they
 * post (and any other request that is not a GET or HEAD), so that the next page shows what the post changed, and on
 * the first request of a session (a sign-in starts one).
 */
public class MemberPricingFilter extends AbstractDynamicSkuPricingFilter {

    @Resource(name = "blDynamicSkuPricingService")
    protected DynamicSkuPricingService skuPricingService;

    @Resource(name = "loyaltyMemberPriceService")
    protected MemberPriceService memberPrices;

    @Resource(name = "loyaltyShopperMemory")
    protected ShopperMemory memory;

    /** The session attribute naming the customer whose memory this session started with. */
    static final String SESSION_SHOPPER = "loyaltyShopperMemoryOf";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Customer customer = customerOf((HttpServletRequest) request);
        if (customer == null || !customer.isRegistered()) {
            // A guest has no member prices and Broadleaf's own prices are theirs: no per-sku dynamic pricing.
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        boolean posts = !"GET".equals(http.getMethod()) && !"HEAD".equals(http.getMethod());
        if (posts || isNewSessionOf(http, customer.getId())) {
            memory.forget(customer.getId());
        }
        try {
            super.doFilter(request, response, chain);
        } finally {
            SkuPricingConsiderationContext.setSkuPricingConsiderationContext(null);
            SkuPricingConsiderationContext.setSkuPricingService(null);
            if (posts) {
                memory.forget(customer.getId());
            }
        }
    }

    /** The request's customer, as Broadleaf's customer state filter found it. */
    protected Customer customerOf(HttpServletRequest request) {
        return CustomerState.getCustomer(request);
    }

    /** Whether this is the customer's first request in this session (then the session remembers them). */
    private static boolean isNewSessionOf(HttpServletRequest request, Long customerId) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        if (customerId.equals(session.getAttribute(SESSION_SHOPPER))) {
            return false;
        }
        session.setAttribute(SESSION_SHOPPER, customerId);
        return true;
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
