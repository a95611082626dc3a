package io.loyaltyclub.pricing.broadleaf;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableCandidateOrderOffer;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableOrder;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableOrderAdjustmentImpl;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableOrderItem;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * An order offer's adjustment that, for a percent off, takes its percentage of the items that may be discounted
 * only: items charged at a member price stay out when the programme's "double promotions" is off (Broadleaf's own
 * adjustment takes it of every item). Amounts off are Broadleaf's.
 */
public class MemberPricedOrderAdjustment extends PromotableOrderAdjustmentImpl {

    private static final long serialVersionUID = 1L;

    public MemberPricedOrderAdjustment(PromotableCandidateOrderOffer candidate, PromotableOrder order) {
        super(candidate, order);
    }

    public MemberPricedOrderAdjustment(PromotableCandidateOrderOffer candidate, PromotableOrder order,
                                       Money adjustmentValue) {
        super(candidate, order, adjustmentValue);
    }

    @Override
    protected void computeAdjustmentValue() {
        super.computeAdjustmentValue();
        Set<Long> memberPriced = MemberPricedItems.get();
        if (memberPriced.isEmpty() || !OfferDiscountType.PERCENT_OFF.equals(offer.getDiscountType())) {
            return;
        }
        Money excluded = new Money(promotableOrder.getOrderCurrency());
        for (PromotableOrderItem item : promotableOrder.getAllOrderItems()) {
            if (item.getOrderItem() != null && memberPriced.contains(item.getOrderItem().getId())) {
                excluded = excluded.add(item.calculateTotalWithAdjustments());
            }
        }
        Money base = promotableOrder.calculateSubtotalWithAdjustments().subtract(excluded)
                .subtract(promotableOrder.calculateOrderAdjustmentTotal());
        if (!base.greaterThan(new Money(promotableOrder.getOrderCurrency()))) {
            adjustmentValue = new Money(promotableOrder.getOrderCurrency());
            return;
        }
        BigDecimal value = base.getAmount().multiply(offer.getValue().divide(new BigDecimal("100"), 5,
                RoundingMode.HALF_EVEN));
        if (isRoundOfferValues()) {
            value = value.setScale(roundingScale, roundingMode);
        }
        Money percentOfTheRest = new Money(value, promotableOrder.getOrderCurrency(), 5);
        if (percentOfTheRest.lessThan(adjustmentValue)) {
            adjustmentValue = percentOfTheRest;
        }
    }
}
