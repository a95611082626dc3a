package io.loyaltyclub.access.web;

import io.loyaltyclub.access.service.EarlyAccessRefusal;
import io.loyaltyclub.access.service.EarlyAccessService;
import io.loyaltyclub.access.service.ShopperAccess;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.platform.web.ShopperMemory;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.search.domain.ProductSearchResult;
import org.broadleafcommerce.core.web.catalog.CategoryHandlerMapping;
import org.broadleafcommerce.core.web.catalog.ProductHandlerMapping;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Keeps products for a tier until their launch out of sight of everybody else, in every storefront page: a
 * product's or a category's own URL shows the "members only until ..." page instead (status 403), and products are
 * taken out of the lists a page shows (any list of products in the model, and Broadleaf's search results, whose
 * count goes down with them), by putting filtered copies in the model. Registered for the storefront's dispatcher servlet by bl-loyalty-site-servlet.xml.
 */
public class EarlyAccessInterceptor extends HandlerInterceptorAdapter {

    static final String VIEW = "loyalty/earlyAccess";

    @Resource(name = "loyaltyEarlyAccess")
    protected EarlyAccessService earlyAccess;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyShopperMemory")
    protected ShopperMemory memory;

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Customer customer = CustomerState.getCustomer(request);
        final Long customerId = customer != null && customer.isRegistered() ? customer.getId() : null;
        ShopperAccess access = earlyAccess.forShopper(customer, new Supplier<MemberStanding>() {
            @Override
            public MemberStanding get() {
                return memory.recall(customerId, ShopperMemory.STANDING, new Supplier<MemberStanding>() {
                    @Override
                    public MemberStanding get() {
                        return tiers.standingOf(customerId);
                    }
                });
            }
        });
        EarlyAccessRefusal refusal = refusalOfPage(request, access);
        if (refusal != null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            page.getModel().clear();
            page.setViewName(VIEW);
            page.addObject("earlyAccess", refusal);
            page.addObject("launchDay", ShopperFormats.ofRequest(ZoneOffset.UTC).day(refusal.getLaunchDay()));
            return;
        }
        // Filtered copies replace the model's lists: a list may be an entity's own collection, never to be changed.
        Map<String, Object> replaced = new HashMap<String, Object>();
        for (Map.Entry<String, Object> entry : page.getModel().entrySet()) {
            Object value = entry.getValue();
            if (value instanceof ProductSearchResult) {
                ProductSearchResult result = (ProductSearchResult) value;
                List<Product> shown = result.getProducts() == null ? null : new ArrayList<Product>(result.getProducts());
                int hidden = access.removeHidden(shown);
                if (hidden > 0) {
                    result.setProducts(shown);
                    if (result.getTotalResults() != null) {
                        result.setTotalResults(result.getTotalResults() - hidden);
                    }
                }
            } else if (value instanceof List && !((List<?>) value).isEmpty()
                    && ((List<?>) value).get(0) instanceof Product) {
                List<Object> shown = new ArrayList<Object>((List<?>) value);
                if (access.removeHidden(shown) > 0) {
                    replaced.put(entry.getKey(), shown);
                }
            }
        }
        page.addAllObjects(replaced);
    }

    private EarlyAccessRefusal refusalOfPage(HttpServletRequest request, ShopperAccess access) {
        Object product = request.getAttribute(ProductHandlerMapping.CURRENT_PRODUCT_ATTRIBUTE_NAME);
        if (product instanceof Product) {
            return access.refusalFor((Product) product);
        }
        Object category = request.getAttribute(CategoryHandlerMapping.CURRENT_CATEGORY_ATTRIBUTE_NAME);
        if (category instanceof Category) {
            return access.refusalFor((Category) category);
        }
        return null;
    }
}
