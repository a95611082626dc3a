package io.loyaltyclub.earning.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One line of an order as earning sees it: the product, every category it is in (with their parent categories),
 * the quantity, and the merchandise amount paid for it after discounts (before the points payment is taken off).
 */
public final class EarningLine {

    private final long lineId;
    private final long productId;
    private final Set<Long> categoryIds;
    private final int quantity;
    private final BigDecimal amount;

    public EarningLine(long lineId, long productId, Set<Long> categoryIds, int quantity, BigDecimal amount) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A line has at least one item");
        }
        this.lineId = lineId;
        this.productId = productId;
        this.categoryIds = Collections.unmodifiableSet(new LinkedHashSet<Long>(categoryIds));
        this.quantity = quantity;
        this.amount = amount == null || amount.signum() < 0 ? BigDecimal.ZERO : amount;
    }

    public long getLineId() {
        return lineId;
    }

    public long getProductId() {
        return productId;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
