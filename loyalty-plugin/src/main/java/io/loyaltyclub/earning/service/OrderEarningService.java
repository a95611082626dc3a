package io.loyaltyclub.earning.service;

import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import org.broadleafcommerce.core.order.domain.Order;

import java.time.Instant;

/** Points earned on orders (loyalty spec, section 3). */
public interface OrderEarningService {

    /**
     * Credits the points a submitted order earns its customer, pending until the programme's pending period after
     * the order was placed. Nothing for customers who are not active members, or while the club is closed. An order
     * earns once: running this again changes nothing.
     *
     * @return the order's earning record, or null when the order earns nothing because of who placed it
     */
    OrderEarningImpl earnFor(Order order);

    /** Takes back what the order earned when its checkout failed after earning; a retried checkout earns anew. */
    void rollBack(long orderId);

    OrderEarningImpl findForOrder(long orderId);

    /**
     * Earns for members' orders placed since {@code since} that have no earning yet (a crash between placing an order
     * and crediting it). Returns how many orders it earned for. Call it with an EntityManager bound to the thread
     * (a request, or a job's session), as it reads orders through Broadleaf's services.
     */
    int earnMissed(Instant since, int limit);
}
