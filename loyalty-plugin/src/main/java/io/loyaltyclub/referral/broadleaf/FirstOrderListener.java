package io.loyaltyclub.referral.broadleaf;

import io.loyaltyclub.platform.AfterCommit;
import io.loyaltyclub.referral.service.ReferralService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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

    private static final Log LOG = LogFactory.getLog(FirstOrderListener.class);

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        try {
            noteFirstOrder(event.getOrder());
        } catch (RuntimeException e) {
            // Broadleaf publishes the event while finishing its commit: nothing here may reach the shopper's checkout.
            LOG.error("Referrals: could not look at a saved order; the referral job notes first orders it misses", e);
        }
    }

    private void noteFirstOrder(Order order) {
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
