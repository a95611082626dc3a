package io.loyaltyclub.reward.broadleaf;

import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.persistence.Reward;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteria;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteriaImpl;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Resource;

/**
 * The Broadleaf offer behind a coupon reward's codes: an order amount or percent off, the shipping 100 % off, or one
 * unit of a product 100 % off. Applied only by codes (never automatically). Made when the first code is issued and
 * again whenever the admin changed what the reward gives: codes issued before keep the offer they were bought with.
 */
@Component("loyaltyRewardOffers")
public class RewardOffers {

    @Resource(name = "blOfferDao")
    protected OfferDao offers;

    /** The offer for the reward's current terms, made now when it has none for them. Call it under the reward's lock. */
    public Offer offerFor(Reward reward, Instant now) {
        String terms = termsOf(reward);
        Offer current = reward.getOffer();
        if (current != null && terms.equals(reward.getOfferTerms())
                && (current.getArchived() == null || current.getArchived() != 'Y')) {
            return current;
        }
        Offer offer = make(reward, now);
        reward.setOffer(offer);
        reward.setOfferTerms(terms);
        return offer;
    }

    /** What the offer gives, as a short text: a change of it means another offer. */
    static String termsOf(Reward reward) {
        RewardKind kind = reward.getKind();
        StringBuilder terms = new StringBuilder(kind.name());
        if (kind == RewardKind.AMOUNT_OFF || kind == RewardKind.PERCENT_OFF) {
            terms.append(':').append(reward.getAmount().stripTrailingZeros().toPlainString());
        } else if (kind == RewardKind.FREE_PRODUCT) {
            terms.append(':').append(reward.getProduct().getId());
        }
        return terms.toString();
    }

    /** The MVEL rule Broadleaf's item offers match a cart line of the product with. */
    static String productRule(Long productId) {
        return "discreteOrderItem.?product.?id == " + productId + "L";
    }

    private Offer make(Reward reward, Instant now) {
        RewardKind kind = reward.getKind();
        Offer offer = offers.create();
        offer.setName(clip("Club reward " + reward.getId() + ": " + reward.getName(), 255));
        offer.setDescription(clip("Members' single-use codes of the reward catalogue (" + termsOf(reward) + ")", 255));
        offer.setMarketingMessage(clip(reward.getName(), 255));
        offer.setDeliveryType(OfferDeliveryType.CODE);
        offer.setAutomaticallyAdded(false);
        // Valid from a little before now: the codes themselves carry the member's dates.
        offer.setStartDate(Date.from(now.minusSeconds(24 * 3600)));
        offer.setCombinableWithOtherOffers(true);
        offer.setApplyDiscountToSalePrice(true);
        offer.setPriority(20);
        switch (kind) {
            case AMOUNT_OFF:
                offer.setType(OfferType.ORDER);
                offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
                offer.setValue(reward.getAmount());
                break;
            case PERCENT_OFF:
                offer.setType(OfferType.ORDER);
                offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
                offer.setValue(reward.getAmount());
                break;
            case FREE_SHIPPING:
                offer.setType(OfferType.FULFILLMENT_GROUP);
                offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
                offer.setValue(new BigDecimal("100"));
                offer.setMaxUsesPerOrder(1);
                break;
            case FREE_PRODUCT:
                offer.setType(OfferType.ORDER_ITEM);
                offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
                offer.setValue(new BigDecimal("100"));
                offer.setMaxUsesPerOrder(1);
                OfferItemCriteria target = new OfferItemCriteriaImpl();
                target.setQuantity(1);
                target.setMatchRule(productRule(reward.getProduct().getId()));
                Set<OfferItemCriteria> targets = new HashSet<OfferItemCriteria>();
                targets.add(target);
                offer.setTargetItemCriteria(targets);
                break;
            default:
                throw new IllegalArgumentException(kind + " rewards have no coupon");
        }
        return offers.save(offer);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
