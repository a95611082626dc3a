package io.loyaltyclub.returns.service;

import io.loyaltyclub.returns.persistence.OrderReturnImpl;
import io.loyaltyclub.returns.persistence.ReturnWindowEndImpl;

import java.time.Instant;
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

    /**
     * Ends the order's return window now, as an admin decided (the goods cannot come back, or the shop says so), with
     * the note saying why: the points it earned that are still pending become available at once, and so does a
     * shared link's reward for it; from now on the order counts as past its pending period (the referral's advocate
     * reward follows at the referral job's next run, tiers at once). Once per order. The same key again answers the
     * first record and finishes what a failure after it left undone.
     *
     * @throws OrderReturnRefusedException when the order is not placed (or is cancelled), lines of it came back, its
     *                                     window ended already (by an admin or by time), or the note or the admin
     *                                     user is missing; nothing changes then
     */
    ReturnWindowEndImpl endReturnWindow(long orderId, String adminUser, String note, String key);

    /** The admin's end of the order's return window, or null. */
    ReturnWindowEndImpl returnWindowEndOf(long orderId);

    /**
     * When the order is past its pending period: {@code planned} (its placing plus the pending days), or earlier when
     * an admin ended its return window ({@link io.loyaltyclub.returns.domain.ReturnWindow}).
     */
    Instant pendingPeriodEnd(long orderId, Instant planned);

    /** The order's cancellations and returns, oldest first. */
    List<OrderReturnImpl> returnsOf(long orderId);

    /** Quantities returned so far, by order item id. */
    Map<Long, Integer> returnedQuantities(long orderId);
}
