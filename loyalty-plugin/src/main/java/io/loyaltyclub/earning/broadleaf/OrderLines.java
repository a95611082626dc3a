package io.loyaltyclub.earning.broadleaf;

import io.loyaltyclub.earning.domain.EarningLine;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Broadleaf order as earning lines: per order item, the merchandise amount after its own discounts and
 * its prorated share of order discounts (Broadleaf's fulfillment item pricing), and its product's categories with
 * all their parent categories. Shipping and tax are never part of it.
 */
public final class OrderLines {

    private OrderLines() {
    }

    public static List<EarningLine> of(Order order) {
        Map<Long, BigDecimal> amounts = new LinkedHashMap<Long, BigDecimal>();
        Map<Long, OrderItem> items = new LinkedHashMap<Long, OrderItem>();
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            for (FulfillmentGroupItem fgItem : group.getFulfillmentGroupItems()) {
                OrderItem item = fgItem.getOrderItem();
                BigDecimal amount = fgItem.getTotalItemAmount() == null ? BigDecimal.ZERO
                        : fgItem.getTotalItemAmount().getAmount();
                if (fgItem.getProratedOrderAdjustmentAmount() != null) {
                    amount = amount.subtract(fgItem.getProratedOrderAdjustmentAmount().getAmount());
                }
                BigDecimal before = amounts.get(item.getId());
                amounts.put(item.getId(), before == null ? amount : before.add(amount));
                items.put(item.getId(), item);
            }
        }
        List<EarningLine> lines = new ArrayList<EarningLine>();
        for (Map.Entry<Long, OrderItem> e : items.entrySet()) {
            OrderItem item = e.getValue();
            Product product = item instanceof DiscreteOrderItem ? ((DiscreteOrderItem) item).getProduct() : null;
            long productId = product == null ? -1 : product.getId();
            lines.add(new EarningLine(item.getId(), productId, categoriesOf(product), item.getQuantity(),
                    amounts.get(e.getKey())));
        }
        return lines;
    }

    /** Every category the product is in, and every parent of those, up to the root. */
    public static Set<Long> categoriesOf(Product product) {
        Set<Long> ids = new LinkedHashSet<Long>();
        if (product == null) {
            return ids;
        }
        Deque<Category> toVisit = new ArrayDeque<Category>();
        if (product.getDefaultCategory() != null) {
            toVisit.add(product.getDefaultCategory());
        }
        for (CategoryProductXref xref : product.getAllParentCategoryXrefs()) {
            if (xref.getCategory() != null) {
                toVisit.add(xref.getCategory());
            }
        }
        while (!toVisit.isEmpty()) {
            Category category = toVisit.poll();
            if (category.getId() == null || !ids.add(category.getId())) {
                continue;
            }
            if (category.getDefaultParentCategory() != null) {
                toVisit.add(category.getDefaultParentCategory());
            }
            for (CategoryXref parent : category.getAllParentCategoryXrefs()) {
                if (parent.getCategory() != null) {
                    toVisit.add(parent.getCategory());
                }
            }
        }
        return ids;
    }
}
