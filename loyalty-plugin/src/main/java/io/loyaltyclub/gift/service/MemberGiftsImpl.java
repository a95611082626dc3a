package io.loyaltyclub.gift.service;

import io.loyaltyclub.gift.domain.GiftPlan;
import io.loyaltyclub.gift.persistence.MemberGift;
import io.loyaltyclub.gift.persistence.MemberGiftDao;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemAttribute;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyMemberGifts")
public class MemberGiftsImpl implements MemberGifts {

    /** Set while this service changes a cart itself, so the cart workflows' step does not start over inside. */
    private static final ThreadLocal<Boolean> RECONCILING = new ThreadLocal<Boolean>();

    @Resource(name = "loyaltyMemberGiftDao")
    protected MemberGiftDao dao;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /** Whether this thread is inside {@link #reconcile} already. */
    private static boolean isReconciling() {
        return Boolean.TRUE.equals(RECONCILING.get());
    }

    @Override
    public Order reconcile(Order cart) {
        if (cart == null || cart.getId() == null || isReconciling()) {
            return cart;
        }
        List<GiftPlan.Rule> rules = rules();
        Set<Long> paid = new HashSet<Long>();
        List<GiftPlan.GiftLine> giftLines = new ArrayList<GiftPlan.GiftLine>();
        for (DiscreteOrderItem item : cart.getDiscreteOrderItems()) {
            Long ruleId = giftRuleOf(item);
            if (ruleId != null) {
                giftLines.add(new GiftPlan.GiftLine(item.getId(), ruleId, item.getQuantity()));
            } else if (item.getProduct() != null) {
                paid.add(item.getProduct().getId());
            }
        }
        if (rules.isEmpty() && giftLines.isEmpty()) {
            return cart;
        }
        MemberStanding standing = tiers.standingOf(cart.getCustomer() == null ? null : cart.getCustomer().getId());
        GiftPlan plan = GiftPlan.of(paid, giftLines, rules, standing.isMember(), standing.getRank());
        if (plan.isEmpty()) {
            return cart;
        }
        RECONCILING.set(Boolean.TRUE);
        try {
            return apply(cart, plan);
        } catch (Exception e) {
            throw new IllegalStateException("Could not bring the member gifts of order " + cart.getId() + " in step", e);
        } finally {
            RECONCILING.remove();
        }
    }

    private Order apply(Order cart, GiftPlan plan) throws Exception {
        long orderId = cart.getId();
        Order order = cart;
        for (Long itemId : plan.getToRemove()) {
            order = orders.removeItem(orderId, itemId, false);
        }
        for (GiftPlan.GiftLine line : plan.getToSetToOne()) {
            OrderItem item = findItem(order, line.getItemId());
            OrderItemRequestDTO one = new OrderItemRequestDTO();
            one.setOrderItemId(line.getItemId());
            one.setQuantity(1);
            order = orders.updateItemQuantity(orderId, one, false);
            // The other units are the shopper's own purchase: a line of their own, at the product's price. Asked for
            // by product only, so that Broadleaf does not merge them into the gift line (same sku).
            if (item instanceof DiscreteOrderItem) {
                OrderItemRequestDTO bought = new OrderItemRequestDTO();
                bought.setProductId(((DiscreteOrderItem) item).getProduct().getId());
                bought.setQuantity(line.getQuantity() - 1);
                order = orders.addItem(orderId, bought, false);
            }
        }
        for (GiftPlan.Rule rule : plan.getToAdd()) {
            Product gift = catalog.findProductById(rule.getGiftProductId());
            if (gift == null) {
                continue;
            }
            Money zero = new Money(BigDecimal.ZERO, order.getCurrency() == null ? null
                    : java.util.Currency.getInstance(order.getCurrency().getCurrencyCode()));
            OrderItemRequestDTO request = new OrderItemRequestDTO();
            request.setProductId(gift.getId());
            request.setQuantity(1);
            request.setOverrideSalePrice(zero);
            request.setOverrideRetailPrice(zero);
            Map<String, String> attributes = new HashMap<String, String>();
            attributes.put(GIFT_ATTRIBUTE, String.valueOf(rule.getId()));
            request.setItemAttributes(attributes);
            order = orders.addItemWithPriceOverrides(orderId, request, false);
        }
        return orders.save(order, true);
    }

    @Override
    public boolean isGift(OrderItem item) {
        return giftRuleOf(item) != null;
    }

    private static Long giftRuleOf(OrderItem item) {
        Map<String, OrderItemAttribute> attributes = item == null ? null : item.getOrderItemAttributes();
        OrderItemAttribute attribute = attributes == null ? null : attributes.get(GIFT_ATTRIBUTE);
        if (attribute == null || attribute.getValue() == null) {
            return null;
        }
        try {
            return Long.valueOf(attribute.getValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static OrderItem findItem(Order order, long itemId) {
        for (OrderItem item : order.getOrderItems()) {
            if (item.getId() != null && item.getId() == itemId) {
                return item;
            }
        }
        return null;
    }

    private List<GiftPlan.Rule> rules() {
        return transactions.run(new TransactionCallback<List<GiftPlan.Rule>>() {
            @Override
            public List<GiftPlan.Rule> doInTransaction(TransactionStatus status) {
                List<MemberGift> gifts = dao.findActive();
                if (gifts.isEmpty()) {
                    return Collections.emptyList();
                }
                List<GiftPlan.Rule> rules = new ArrayList<GiftPlan.Rule>();
                for (MemberGift gift : gifts) {
                    String tierCode = gift.getTierCode() == null ? "" : gift.getTierCode().trim();
                    rules.add(new GiftPlan.Rule(gift.getId(), gift.getTriggerProduct().getId(),
                            gift.getGiftProduct().getId(), tierCode.isEmpty() ? null : tiers.requirementOf(tierCode)));
                }
                return rules;
            }
        });
    }
}
