package io.loyaltyclub.returns.persistence;

import java.util.Collection;
import java.util.List;

public interface OrderReturnDao {

    OrderReturnImpl findByKey(String idempotencyKey);

    /** The order's returns, oldest first. */
    List<OrderReturnImpl> returnsOf(long orderId);

    OrderReturnImpl save(OrderReturnImpl orderReturn);

    /** The admin's end of the order's return window, or null. */
    ReturnWindowEndImpl windowEndOf(long orderId);

    ReturnWindowEndImpl windowEndByKey(String idempotencyKey);

    /** The ends of the return windows of these orders (those that have one). */
    List<ReturnWindowEndImpl> windowEndsOf(Collection<Long> orderIds);

    ReturnWindowEndImpl save(ReturnWindowEndImpl windowEnd);
}
