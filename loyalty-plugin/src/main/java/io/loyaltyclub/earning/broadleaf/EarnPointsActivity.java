package io.loyaltyclub.earning.broadleaf;

import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import io.loyaltyclub.earning.service.OrderEarningService;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Collections;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Checkout activity (order 7000, after Broadleaf completes and numbers the order at 6000): credits the points the
 * order earns, pending for the return window, and gives the order's number to the points payment entry made before
 * the order had one. If a later activity fails, the rollback takes them back; a retried checkout of
 * the same order earns again, once.
 *
 * <p>A failure to credit points never blocks the order: it is logged, and the settlement job credits orders of
 * members that have no earning yet.
 */
public class EarnPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>>
        implements RollbackHandler<CheckoutSeed> {

    private static final Log LOG = LogFactory.getLog(EarnPointsActivity.class);

    @Resource(name = "loyaltyOrderEarningService")
    protected OrderEarningService earnings;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        try {
            ledger.nameOrder(order.getId(), order.getOrderNumber());
            OrderEarningImpl earned = earnings.earnFor(order);
            if (earned != null) {
                ActivityStateManagerImpl.getStateManager().registerState(this, context, this,
                        Collections.<String, Object>emptyMap());
            }
        } catch (RuntimeException e) {
            LOG.error("Could not credit the loyalty points of order " + order.getId()
                    + "; the settlement job will credit them", e);
        }
        return context;
    }

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        earnings.rollBack(processContext.getSeedData().getOrder().getId());
    }
}
