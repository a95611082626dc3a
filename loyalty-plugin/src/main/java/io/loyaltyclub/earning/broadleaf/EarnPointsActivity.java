package io.loyaltyclub.earning.broadleaf;

import io.loyaltyclub.earning.service.OrderEarningService;
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
 * Checkout activity (order 7000, after Broadleaf completes and numbers the order at 6000): hands the order over to
 * {@link EarningAfterCheckout}, which credits its points, pending for the return window, as soon as Broadleaf has
 * saved the order as submitted, and gives the order's number to the points payment entry made before the order had
 * one. The shopper's checkout does not wait for the club's postings.
 *
 * <p>If a later activity fails, the rollback withdraws the order (and takes back points, should they have been
 * credited already); a retried checkout of the same order earns once. Nothing here can fail the order: whatever
 * goes wrong later is logged, and the missed-order-points job credits members' orders that have no earning yet.
 */
public class EarnPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>>
        implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "loyaltyOrderEarningService")
    protected OrderEarningService earnings;

    @Resource(name = "loyaltyEarningAfterCheckout")
    protected EarningAfterCheckout afterCheckout;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order.getId() != null && order.getCustomer() != null) {
            ActivityStateManagerImpl.getStateManager().registerState(this, context, this,
                    Collections.<String, Object>emptyMap());
            afterCheckout.handOver(order.getId());
        }
        return context;
    }

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        long orderId = processContext.getSeedData().getOrder().getId();
        afterCheckout.withdraw(orderId);
        earnings.rollBack(orderId);
    }
}
