package io.loyaltyclub.gift.broadleaf;

import io.loyaltyclub.gift.service.MemberGifts;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * The last step of Broadleaf's add, update and remove item workflows (order 7000): the cart's member gifts follow
 * the change (a trigger added brings its gift, a trigger taken out takes it along). The gift lines are changed
 * through Broadleaf's own cart operations, which run these workflows again; inside them
 * {@link MemberGifts#reconcile} stands back.
 */
public class MemberGiftsActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    @Resource(name = "loyaltyMemberGifts")
    protected MemberGifts gifts;

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) throws Exception {
        CartOperationRequest request = context.getSeedData();
        request.setOrder(gifts.reconcile(request.getOrder()));
        return context;
    }
}
