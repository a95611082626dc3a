package io.loyaltyclub.coupon.broadleaf;

import io.loyaltyclub.coupon.service.TierOffers;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.AbstractOfferServiceExtensionHandler;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;
import org.springframework.stereotype.Component;

import java.util.List;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Broadleaf's offer filter (extension manager {@code blOfferServiceExtensionManager}): of the offers that could
 * apply to an order, those limited to a tier the customer is not in are dropped. Outside a pricing (no customer
 * handed over) every tier-limited offer is dropped.
 */
@Component("loyaltyTierOfferFilter")
public class TierOfferFilter extends AbstractOfferServiceExtensionHandler {

    @Resource(name = "blOfferServiceExtensionManager")
    protected OfferServiceExtensionManager extensionManager;

    @Resource(name = "loyaltyTierOffers")
    protected TierOffers tierOffers;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType applyAdditionalFilters(List<Offer> offers) {
        tierOffers.removeForbidden(offers, PricingShopper.take());
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
