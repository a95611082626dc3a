package io.loyaltyclub.admin.reward;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermissionImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRoleImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUserImpl;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;

/** Loyalty > Reward invitations: the permissions as load_loyalty_admin.sql defines them (-9020 to -9031). */
class InvitationPermissionsTest {

    private static final AdminPermission READ = permission(InvitationPermissions.VIEW, false);
    private static final AdminPermission FULFIL = permission(InvitationPermissions.FULFIL, false);
    private static final AdminPermission VIEW_INVITATIONS = permission("PERMISSION_LOYALTY_INVITATIONS", true, READ);
    private static final AdminPermission FULFIL_INVITATIONS =
            permission("PERMISSION_LOYALTY_INVITATIONS", true, READ, FULFIL);
    private static final AdminPermission MAINTAIN_REWARDS = permission("PERMISSION_LOYALTY_REWARDS", true,
            permission("PERMISSION_READ_LOYALTY_REWARD", false), permission("PERMISSION_ALL_LOYALTY_REWARD", false));

    private final InvitationPermissions permissions = new InvitationPermissions();

    @Test
    void fulfil_invitations_may_see_and_mark_them() {
        AdminUser admin = admin(role(FULFIL_INVITATIONS));

        assertThat(permissions.mayView(admin)).isTrue();
        assertThat(permissions.mayFulfil(admin)).isTrue();
    }

    @Test
    void view_invitations_may_see_but_not_mark_them() {
        AdminUser admin = admin(role(VIEW_INVITATIONS));

        assertThat(permissions.mayView(admin)).isTrue();
        assertThat(permissions.mayFulfil(admin)).isFalse();
    }

    @Test
    void maintaining_the_catalogue_alone_grants_nothing_of_the_invitations() {
        AdminUser admin = admin(role(MAINTAIN_REWARDS));

        assertThat(permissions.mayView(admin)).isFalse();
        assertThat(permissions.mayFulfil(admin)).isFalse();
        assertThat(permissions.mayView(null)).isFalse();
    }

    private static AdminUser admin(AdminRole... roles) {
        AdminUser admin = new AdminUserImpl();
        admin.setLogin("someone");
        admin.setAllRoles(new HashSet<AdminRole>(Arrays.asList(roles)));
        return admin;
    }

    private static AdminRole role(AdminPermission... held) {
        AdminRoleImpl role = new AdminRoleImpl();
        role.setName("ROLE_TEST");
        role.setAllPermissions(new HashSet<AdminPermission>(Arrays.asList(held)));
        return role;
    }

    private static AdminPermission permission(String name, boolean friendly, AdminPermission... children) {
        return new HeldPermission(name, friendly, children);
    }

    /** Broadleaf's permission entity, filled in the way its rows are (it has no setters for these). */
    private static final class HeldPermission extends AdminPermissionImpl {
        private static final long serialVersionUID = 1L;

        HeldPermission(String name, boolean friendly, AdminPermission... children) {
            this.name = name;
            this.isFriendly = friendly;
            this.allChildPermissions.addAll(Arrays.asList(children));
        }
    }
}
