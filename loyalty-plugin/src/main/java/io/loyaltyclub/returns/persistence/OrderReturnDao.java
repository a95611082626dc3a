package io.loyaltyclub.returns.persistence;

import java.util.List;

public interface OrderReturnDao {

    OrderReturnImpl findByKey(String idempotencyKey);

    /** The order's returns, oldest first. */
    List<OrderReturnImpl> returnsOf(long orderId);

    OrderReturnImpl save(OrderReturnImpl orderReturn);
}
