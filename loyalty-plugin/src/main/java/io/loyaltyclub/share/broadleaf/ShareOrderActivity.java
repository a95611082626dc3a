package io.loyaltyclub.share.broadleaf;

import io.loyaltyclub.action.service.ActionGrantResult;
import io.loyaltyclub.share.service.ShareService;
import io.loyaltyclub.share.service.ShareVisitor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.HashMap;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Checkout activity (after Broadleaf completes the order at 6000): the order of a visitor a shared link brought (the
 * cookie of the checkout's request) gives the sharer the SHARE reward, pending for the return window. If a later
 * activity fails, the rollback takes the reward back. Nothing here fails an order.
 */
public class ShareOrderActivity extends BaseActivity<ProcessContext<CheckoutSeed>>
        implements RollbackHandler<CheckoutSeed> {

    private static final Log LOG = LogFactory.getLog(ShareOrderActivity.class);
    static final String TOKEN = "token";

    @Resource(name = "loyaltyShareService")
    protected ShareService shares;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        String token = SharedVisitCookie.ofCurrentRequest();
        if (token == null || order == null || order.getId() == null) {
            return context;
        }
        try {
            ActionGrantResult reward = shares.ordered(token, visitorOf(order), order.getId());
            // Only a reward given now is taken back on a failure; an earlier one (the visitor registered first)
            // stays.
            if (reward != null && reward.isGranted()) {
                Map<String, Object> state = new HashMap<String, Object>();
                state.put(TOKEN, token);
                ActivityStateManagerImpl.getStateManager().registerState(this, context, this, state);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not reward the shared link that brought order " + order.getId(), e);
        }
        return context;
    }

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        Order order = processContext.getSeedData().getOrder();
        Object token = stateConfiguration == null ? null : stateConfiguration.get(TOKEN);
        if (token != null) {
            shares.orderFailed(token.toString(), visitorOf(order));
        }
    }

    static ShareVisitor visitorOf(Order order) {
        Customer customer = order.getCustomer();
        String email = order.getEmailAddress() != null ? order.getEmailAddress()
                : customer == null ? null : customer.getEmailAddress();
        return new ShareVisitor(customer == null ? null : customer.getId(),
                customer != null && customer.isRegistered(), email);
    }
}
