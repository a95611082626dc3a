package io.loyaltyclub.gift.service;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

/** Gifts with purchase for members (loyalty spec, section 7), kept in step with a cart. */
public interface MemberGifts {

    /** The order item attribute marking a gift line; its value is the gift rule's id. */
    String GIFT_ATTRIBUTE = "loyaltyGift";

    /**
     * Brings the cart's gift lines in step with its products and its customer: adds a gift (one unit, no charge)
     * whose trigger is in the cart, takes out gifts whose trigger left or whose customer may not have them, and
     * turns extra units of a gift line into a line to be paid for. Prices the cart when it changed. Called again from
     * within those changes (they run Broadleaf's cart workflows), it changes nothing.
     *
     * @return the cart as it is now
     */
    Order reconcile(Order cart);

    /** Whether the order item is a member gift. */
    boolean isGift(OrderItem item);
}
