package io.loyaltyclub.pricing.broadleaf;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The items of the order being priced on this thread that are charged at a member price and, "double promotions"
 * being off, take no offers: {@link MemberPricesActivity} names them at the start of each pricing, and
 * {@link MemberPricedOrderAdjustment} leaves them out of what order offers take a percentage of.
 */
final class MemberPricedItems {

    private static final ThreadLocal<Set<Long>> ITEMS = new ThreadLocal<Set<Long>>();

    private MemberPricedItems() {
    }

    /** Names the items of this pricing (an empty set: none), replacing those of an earlier pricing. */
    static void set(Set<Long> orderItemIds) {
        if (orderItemIds.isEmpty()) {
            ITEMS.remove();
        } else {
            ITEMS.set(new HashSet<Long>(orderItemIds));
        }
    }

    static Set<Long> get() {
        Set<Long> items = ITEMS.get();
        return items == null ? Collections.<Long>emptySet() : items;
    }
}
