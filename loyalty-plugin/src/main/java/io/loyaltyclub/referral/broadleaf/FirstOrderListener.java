package io.loyaltyclub.referral.broadleaf;

import io.loyaltyclub.referral.service.ReferralService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import javax.annotation.Resource;

/**
 * A referred friend's first order: Broadleaf publishes {@link OrderPersistedEvent} after each order save commits; a
 * submitted order of a registered customer moves their referral (if any) to "ordered". The referral job notes first
 * orders this misses.
 */
@Component("loyaltyReferralFirstOrderListener")
public class FirstOrderListener implements ApplicationListener<OrderPersistedEvent> {

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        Order order = event.getOrder();
        if (order == null || !OrderStatus.SUBMITTED.equals(order.getStatus()) || order.getCustomer() == null
                || order.getCustomer().getId() == null || !order.getCustomer().isRegistered()) {
            return;
        }
        final long customerId = order.getCustomer().getId();
        AfterCommit.inOwnTransaction(transactionManager, "an order of customer " + customerId, new Runnable() {
            @Override
            public void run() {
                referrals.firstOrderPlaced(customerId);
            }
        });
    }
}
