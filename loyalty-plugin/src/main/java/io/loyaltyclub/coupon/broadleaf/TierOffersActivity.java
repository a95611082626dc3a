package io.loyaltyclub.coupon.broadleaf;

import io.loyaltyclub.coupon.service.TierOffers;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.annotation.Resource;

/**
 * Pricing activity (order 900, before Broadleaf's offers at 1000): codes of offers limited to a tier the order's
 * customer is not in (any more: signed out, tier lost) are taken off the order, and the customer is handed to
 * {@link TierOfferFilter}, which keeps any other tier-limited offer (automatic ones, a private sale) from applying.
 */
public class TierOffersActivity extends BaseActivity<ProcessContext<Order>> {

    private static final Log LOG = LogFactory.getLog(TierOffersActivity.class);

    @Resource(name = "loyaltyTierOffers")
    protected TierOffers tierOffers;

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        PricingShopper.set(order.getCustomer());
        List<OfferCode> codes = order.getAddedOfferCodes();
        if (codes == null || codes.isEmpty()) {
            return context;
        }
        List<Offer> offers = new ArrayList<Offer>();
        for (OfferCode code : codes) {
            offers.add(code.getOffer());
        }
        List<Offer> forbidden = tierOffers.removeForbidden(offers, order.getCustomer());
        for (Iterator<OfferCode> it = codes.iterator(); it.hasNext(); ) {
            OfferCode code = it.next();
            if (forbidden.contains(code.getOffer())) {
                LOG.info("Code " + code.getOfferCode() + " taken off order " + order.getId()
                        + ": its offer is for a tier the customer is not in");
                it.remove();
            }
        }
        return context;
    }
}
