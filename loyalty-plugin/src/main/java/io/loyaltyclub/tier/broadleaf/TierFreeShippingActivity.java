package io.loyaltyclub.tier.broadleaf;

import io.loyaltyclub.tier.domain.FreeShipping;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.common.currency.util.BroadleafCurrencyUtils;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;
import javax.annotation.Resource;

/**
 * Pricing activity (order 5500: after Broadleaf prices fulfilment at 5000, before shipping offers, tax and totals):
 * an order of a member whose tier ships free from an amount, with merchandise (after discounts) of that amount or
 * more, pays no shipping. Whether any tier ships free at all is looked up at most every 10 seconds, so shops without
 * the benefit pay nothing for it in pricing.
 */
public class TierFreeShippingActivity extends BaseActivity<ProcessContext<Order>> {

    private static final long LOOK_AGAIN_NANOS = 10_000_000_000L;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    private volatile boolean anyTierShipsFree = true;
    private volatile long lookedAt = Long.MIN_VALUE;

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        if (order.getCustomer() == null || order.getFulfillmentGroups() == null || order.getFulfillmentGroups().isEmpty()
                || order.getSubTotal() == null) {
            return context;
        }
        if (!anyTierShipsFree()) {
            return context;
        }
        LoyaltyTier tier = tiers.currentTierOf(order.getCustomer().getId());
        if (tier == null || tier.getFreeShippingFrom() == null) {
            return context;
        }
        BigDecimal discounts = order.getOrderAdjustmentsValue() == null ? BigDecimal.ZERO
                : order.getOrderAdjustmentsValue().getAmount();
        if (!FreeShipping.applies(tier.getFreeShippingFrom(), order.getSubTotal().getAmount().subtract(discounts))) {
            return context;
        }
        Money zero = BroadleafCurrencyUtils.getMoney(BigDecimal.ZERO, order.getCurrency());
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            group.setRetailFulfillmentPrice(zero);
            group.setSaleFulfillmentPrice(zero);
            group.setFulfillmentPrice(zero);
        }
        order.setTotalFulfillmentCharges(zero);
        return context;
    }

    /** Looks again at the next pricing whether any tier ships free (after an admin's change, in tests). */
    public void forget() {
        lookedAt = Long.MIN_VALUE;
    }

    private boolean anyTierShipsFree() {
        long now = System.nanoTime();
        if (lookedAt == Long.MIN_VALUE || now - lookedAt > LOOK_AGAIN_NANOS) {
            boolean any = false;
            for (LoyaltyTier tier : tiers.tiers()) {
                any |= tier.getFreeShippingFrom() != null;
            }
            anyTierShipsFree = any;
            lookedAt = now;
        }
        return anyTierShipsFree;
    }
}
