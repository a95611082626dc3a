package io.loyaltyclub.pricing.broadleaf;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableCandidateOrderOffer;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableItemFactoryImpl;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableOrder;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableOrderAdjustment;

/**
 * Replaces Broadleaf's {@code blPromotableItemFactory} (which it extends): order offers' adjustments are
 * {@link MemberPricedOrderAdjustment}s, so a percent off the order leaves member-priced items out when "double
 * promotions" is off. Everything else is Broadleaf's.
 */
public class MemberPricedItemFactory extends PromotableItemFactoryImpl {

    @Override
    public PromotableOrderAdjustment createPromotableOrderAdjustment(PromotableCandidateOrderOffer candidate,
                                                                     PromotableOrder order) {
        return new MemberPricedOrderAdjustment(candidate, order);
    }

    @Override
    public PromotableOrderAdjustment createPromotableOrderAdjustment(PromotableCandidateOrderOffer candidate,
                                                                     PromotableOrder order, Money adjustmentValue) {
        return new MemberPricedOrderAdjustment(candidate, order, adjustmentValue);
    }
}
