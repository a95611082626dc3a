package io.loyaltyclub.admin.member;

import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Who may see and who may correct a customer's points in the admin. The permissions are rows of
 * {@code load_loyalty_admin.sql}; an admin holds one through a role or directly, and a friendly permission
 * (the ones Role Management lists) grants its child permissions, as Broadleaf's own
 * {@code AdminUserDetailsServiceImpl} reads them. Asked on every request, so a revoked permission counts at once.
 */
@Component("loyaltyMemberServicingPermissions")
public class MemberServicingPermissions {

    /** See a customer's membership, balances and ledger (granted by "View Loyalty Members"). */
    public static final String VIEW = "PERMISSION_READ_LOYALTY_MEMBER";
    /** Adjust a member's points (granted by "Adjust Loyalty Points"). */
    public static final String ADJUST = "PERMISSION_ADJUST_LOYALTY_POINTS";

    public boolean mayView(AdminUser admin) {
        return holds(admin, VIEW);
    }

    public boolean mayAdjust(AdminUser admin) {
        return holds(admin, ADJUST);
    }

    public static boolean holds(AdminUser admin, String permission) {
        if (admin == null) {
            return false;
        }
        if (admin.getAllRoles() != null) {
            for (AdminRole role : admin.getAllRoles()) {
                if (grants(role.getAllPermissions(), permission)) {
                    return true;
                }
            }
        }
        return grants(admin.getAllPermissions(), permission);
    }

    private static boolean grants(Collection<AdminPermission> held, String permission) {
        if (held == null) {
            return false;
        }
        for (AdminPermission p : held) {
            if (p.isFriendly()) {
                if (p.getAllChildPermissions() != null) {
                    for (AdminPermission child : p.getAllChildPermissions()) {
                        if (permission.equals(child.getName())) {
                            return true;
                        }
                    }
                }
            } else if (permission.equals(p.getName())) {
                return true;
            }
        }
        return false;
    }
}
