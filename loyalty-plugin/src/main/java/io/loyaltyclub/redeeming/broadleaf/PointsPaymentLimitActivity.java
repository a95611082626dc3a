package io.loyaltyclub.redeeming.broadleaf;

import io.loyaltyclub.redeeming.service.PointsPaymentService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * Pricing activity (order 8500: after the order total, before Broadleaf fits the card payment to it at 9000): a
 * cart paying with points keeps within the points limits when it changes. Carts without points cost nothing here.
 */
public class PointsPaymentLimitActivity extends BaseActivity<ProcessContext<Order>> {

    private static final Log LOG = LogFactory.getLog(PointsPaymentLimitActivity.class);

    @Resource(name = "loyaltyPointsPaymentService")
    protected PointsPaymentService pointsPayments;

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        if (PointsPayments.of(order).isEmpty()) {
            return context;
        }
        try {
            pointsPayments.keepWithinLimits(order);
        } catch (RuntimeException e) {
            // The checkout checks the points again when it spends them; a cart change must not fail for this.
            LOG.warn("Could not check the points applied to order " + order.getId(), e);
        }
        return context;
    }
}
