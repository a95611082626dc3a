package io.loyaltyclub.admin.coupon;

import io.loyaltyclub.admin.web.LoyaltyPageButton;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * A "Club tiers" button in the action bar of an offer's screen (Marketing &gt; Offers &gt; an offer), for admins who
 * may limit offers to tiers. It opens the offer's tiers page ({@code /offer/{id}/tiers}).
 */
@Component("loyaltyOfferTiersButton")
public class OfferTiersButton extends LoyaltyPageButton {

    public static final String BUTTON_CLASS = "loyalty-offer-tiers";
    public static final String LABEL = "LoyaltyOfferTiersButton";

    @Resource(name = "loyaltyOfferTierPermissions")
    protected OfferTierPermissions permissions;

    @Override
    protected boolean isFor(String ceilingEntity) {
        return Offer.class.getName().equals(ceilingEntity) || OfferImpl.class.getName().equals(ceilingEntity);
    }

    @Override
    protected boolean mayUse(AdminUser admin) {
        return permissions.mayLimit(admin);
    }

    @Override
    protected String actionId() {
        return "LOYALTY_OFFER_TIERS";
    }

    @Override
    protected String buttonClass() {
        return BUTTON_CLASS;
    }

    @Override
    protected String iconClass() {
        return "icon-star";
    }

    @Override
    protected String label() {
        return LABEL;
    }

    @Override
    protected String page() {
        return "tiers";
    }
}
