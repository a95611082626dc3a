package io.loyaltyclub.admin.member;

import io.loyaltyclub.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may correct a customer's points in the admin (rows of {@code load_loyalty_admin.sql}, read
 * by {@link AdminPermissions} on every request).
 */
@Component("loyaltyMemberServicingPermissions")
public class MemberServicingPermissions {

    /** See a customer's membership, balances and ledger (granted by "View Loyalty Members"). */
    public static final String VIEW = "PERMISSION_READ_LOYALTY_MEMBER";
    /** Adjust a member's points (granted by "Adjust Loyalty Points"). */
    public static final String ADJUST = "PERMISSION_ADJUST_LOYALTY_POINTS";

    /** Set a member's tier by hand (granted by "Set Loyalty Tiers"). */
    public static final String SET_TIER = "PERMISSION_SET_LOYALTY_TIER";

    public boolean maySetTier(AdminUser admin) {
        return holds(admin, SET_TIER);
    }

    public boolean mayView(AdminUser admin) {
        return holds(admin, VIEW);
    }

    public boolean mayAdjust(AdminUser admin) {
        return holds(admin, ADJUST);
    }

    static boolean holds(AdminUser admin, String permission) {
        return AdminPermissions.holds(admin, permission);
    }
}
