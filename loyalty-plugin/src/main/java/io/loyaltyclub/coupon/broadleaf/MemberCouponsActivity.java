package io.loyaltyclub.coupon.broadleaf;

import io.loyaltyclub.coupon.service.MemberCoupons;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * Pricing activity (order 910, before Broadleaf's offers at 1000): a member's own coupon code on an order of anyone
 * else (entered by a guest, or left on a cart after signing out) is taken off, so it gives no discount there.
 */
public class MemberCouponsActivity extends BaseActivity<ProcessContext<Order>> {

    private static final Log LOG = LogFactory.getLog(MemberCouponsActivity.class);

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        for (OfferCode code : coupons.removeOthersCoupons(order)) {
            LOG.info("Code " + code.getOfferCode() + " taken off order " + order.getId()
                    + ": it is another member's coupon");
        }
        return context;
    }
}
