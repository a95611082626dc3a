package io.loyaltyclub.coupon.broadleaf;

import io.loyaltyclub.coupon.service.CouponUsedUpException;
import io.loyaltyclub.coupon.service.MemberCoupons;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Collections;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Checkout activity (order 1100, right after Broadleaf's own check of offer uses at 1000): claims the order's
 * member coupons under their row locks, so two checkouts at once cannot both spend a single-use coupon (Broadleaf's
 * count of uses alone lets both pass). A later failure of the checkout gives the claims back.
 */
public class ClaimMemberCouponsActivity extends BaseActivity<ProcessContext<CheckoutSeed>>
        implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        try {
            coupons.claim(context.getSeedData().getOrder());
        } catch (CouponUsedUpException e) {
            throw new OfferMaxUseExceededException(e.getMessage());
        }
        ActivityStateManagerImpl.getStateManager().registerState(this, context, this,
                Collections.<String, Object>emptyMap());
        return context;
    }

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        coupons.release(processContext.getSeedData().getOrder());
    }
}
