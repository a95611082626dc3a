package io.loyaltyclub.redeeming.service;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * Paying part of an order with points (loyalty spec, section 4). Applying points adds a Broadleaf payment of type
 * LOYALTY_POINTS with an UNCONFIRMED transaction; nothing is spent until Broadleaf's checkout confirms it.
 */
public interface PointsPaymentService {

    /** The member's points for this cart, or null when the customer is not an active member or the club is closed. */
    PointsAtCheckout describe(Order cart, Customer customer);

    /**
     * Applies {@code points} to the cart, replacing points applied before; charges only the points worth the money
     * they pay.
     *
     * @throws PointsRefusedException when they cannot be used; nothing changes then
     */
    PointsAtCheckout apply(Order cart, Customer customer, long points);

    /** Removes the points payment from the cart (nothing happens when there is none). */
    Order remove(Order cart);

    /**
     * Keeps the points applied to a cart within the limits after the cart or the balance changed: fewer points when
     * the order got smaller, none when no amount of points is possible any more.
     *
     * @return true when the applied points changed
     */
    boolean keepWithinLimits(Order cart);
}
