package io.loyaltyclub.admin.security;

import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;

import java.util.Collection;

/**
 * Whether an admin holds one of the loyalty club's permissions (rows of {@code load_loyalty_admin.sql}), through a
 * role or directly; a friendly permission (the ones Role Management lists) grants its child permissions, as
 * Broadleaf's own {@code AdminUserDetailsServiceImpl} reads them. Asked on every request, so a revoked permission
 * counts at once.
 */
public final class AdminPermissions {

    private AdminPermissions() {
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
