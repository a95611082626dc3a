package io.loyaltyclub.pricing.broadleaf;

import io.loyaltyclub.pricing.service.MemberPriceService;
import io.loyaltyclub.pricing.service.PriceQuote;
import io.loyaltyclub.pricing.service.PricedRequest;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.dynamic.SkuPricingConsiderationContext;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Resource;

/**
 * Pricing activity (order 500, before Broadleaf's offers at 1000), in storefront requests only:
 * <ol>
 *   <li>prices the cart's items again for the shopper looking at it, so a guest's cart gets member prices once the
 *       guest signs in, and a cart goes back to regular prices when its owner is no longer in the tier;</li>
 *   <li>"double promotions" off: an item charged at a member price takes no Broadleaf item offers (it is marked as
 *       not discountable, as Broadleaf marks items of skus that are not discountable), and a percent off the order
 *       is not taken of it ({@link MemberPricedOrderAdjustment}); on: it takes both.</li>
 * </ol>
 * Outside a storefront request (the admin, jobs) the cart's stored prices stay as they are.
 */
public class MemberPricesActivity extends BaseActivity<ProcessContext<Order>> {

    @Resource(name = "loyaltyMemberPriceService")
    protected MemberPriceService memberPrices;

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        MemberPricedItems.set(Collections.<Long>emptySet());
        if (!SkuPricingConsiderationContext.hasDynamicPricing()) {
            return context;
        }
        PricedRequest request = PricedRequest.in(SkuPricingConsiderationContext.getSkuPricingConsiderationContext());
        if (request == null) {
            return context;
        }
        Set<Long> noOffers = new HashSet<Long>();
        Order order = context.getSeedData();
        order.updatePrices();
        Boolean stack = null;
        for (DiscreteOrderItem item : order.getDiscreteOrderItems()) {
            Sku sku = item.getSku();
            if (sku == null) {
                continue;
            }
            PriceQuote quote = request.quoteOf(sku.getId());
            if (quote == null && sku.getProduct() != null && sku.getProduct().getDefaultSku() != null) {
                quote = request.quoteOf(sku.getProduct().getDefaultSku().getId());
            }
            boolean memberPriced = quote != null && quote.isMemberPriced() && !item.isSalePriceOverride();
            if (memberPriced && stack == null) {
                stack = memberPrices.doublePromotions(request);
            }
            boolean allowed = !Boolean.FALSE.equals(sku.isDiscountable()) && !(memberPriced && !stack);
            if (item.isDiscountingAllowed() != allowed) {
                item.setDiscountingAllowed(allowed);
            }
            if (memberPriced && !stack && item.getId() != null) {
                noOffers.add(item.getId());
            }
        }
        MemberPricedItems.set(noOffers);
        return context;
    }
}
