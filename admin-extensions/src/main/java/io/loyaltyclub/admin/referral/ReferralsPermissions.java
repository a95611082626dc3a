package io.loyaltyclub.admin.referral;

import io.loyaltyclub.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

/** Who may see referrals (Loyalty &gt; Referrals) and who may approve or reject them. */
@Component("loyaltyReferralsPermissions")
public class ReferralsPermissions {

    /** See referrals and why they were refused (granted by "View Loyalty Referrals" and "Decide Loyalty Referrals"). */
    public static final String VIEW = "PERMISSION_READ_LOYALTY_REFERRALS";
    /** Approve or reject a referral (granted by "Decide Loyalty Referrals"). */
    public static final String DECIDE = "PERMISSION_DECIDE_LOYALTY_REFERRALS";

    public boolean mayView(AdminUser admin) {
        return AdminPermissions.holds(admin, VIEW);
    }

    public boolean mayDecide(AdminUser admin) {
        return AdminPermissions.holds(admin, DECIDE);
    }
}
