package io.loyaltyclub.admin.coupon;

import io.loyaltyclub.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

/** Who may limit Broadleaf offers to club tiers ("Limit Offers to Club Tiers", rows of load_loyalty_admin.sql). */
@Component("loyaltyOfferTierPermissions")
public class OfferTierPermissions {

    public static final String LIMIT = "PERMISSION_LOYALTY_OFFER_TIERS";

    public boolean mayLimit(AdminUser admin) {
        return AdminPermissions.holds(admin, LIMIT);
    }
}
