package io.loyaltyclub.returns.service;

import io.loyaltyclub.returns.persistence.OrderReturnImpl;

import java.util.List;
import java.util.Map;

/**
 * Cancellations and returns of placed orders (Broadleaf 3.1 has none), recorded by an admin, with what they do to the
 * customer's points (loyalty spec, section 3): earned points of what came back are taken back (a shortfall becomes a
 * debt), points that paid for it are given back (a lot past its expiry gets the grace period). Each is idempotent by
 * the key of the admin's form. Call these with an EntityManager bound to the thread (an admin request does).
 */
public interface OrderReturnService {

    /** Cancels a placed order: everything not returned yet counts as returned, and the order becomes CANCELLED. */
    OrderReturnImpl cancel(long orderId, String adminUser, String note, String key);

    /**
     * Records the return of {@code quantities} (order item id to quantity; zeros are ignored).
     *
     * @throws OrderReturnRefusedException when the quantities do not fit the order; nothing changes then
     */
    OrderReturnImpl returnItems(long orderId, Map<Long, Integer> quantities, String adminUser, String note, String key);

    /** The order's cancellations and returns, oldest first. */
    List<OrderReturnImpl> returnsOf(long orderId);

    /** Quantities returned so far, by order item id. */
    Map<Long, Integer> returnedQuantities(long orderId);
}
