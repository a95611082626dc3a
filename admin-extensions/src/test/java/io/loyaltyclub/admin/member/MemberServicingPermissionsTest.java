package io.loyaltyclub.admin.member;

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

/** The permissions as load_loyalty_admin.sql defines them, held the ways Broadleaf lets an admin hold them. */
class MemberServicingPermissionsTest {

    private static final AdminPermission READ_MEMBER = permission(MemberServicingPermissions.VIEW, false);
    private static final AdminPermission ADJUST_POINTS = permission(MemberServicingPermissions.ADJUST, false);
    private static final AdminPermission VIEW_LOYALTY_MEMBERS =
            permission("PERMISSION_LOYALTY_MEMBER", true, READ_MEMBER);
    private static final AdminPermission ADJUST_LOYALTY_POINTS =
            permission("PERMISSION_LOYALTY_MEMBER", true, READ_MEMBER, ADJUST_POINTS);
    private static final AdminPermission MAINTAIN_CUSTOMERS =
            permission("PERMISSION_CUSTOMER", true, permission("PERMISSION_ALL_CUSTOMER", false));

    private final MemberServicingPermissions permissions = new MemberServicingPermissions();

    @Test
    void a_role_with_adjust_loyalty_points_may_see_and_adjust() {
        AdminUser admin = admin(role(ADJUST_LOYALTY_POINTS));

        assertThat(permissions.mayView(admin)).isTrue();
        assertThat(permissions.mayAdjust(admin)).isTrue();
    }

    @Test
    void a_role_with_view_loyalty_members_may_see_but_not_adjust() {
        AdminUser csr = admin(role(VIEW_LOYALTY_MEMBERS, MAINTAIN_CUSTOMERS));

        assertThat(permissions.mayView(csr)).isTrue();
        assertThat(permissions.mayAdjust(csr)).isFalse();
    }

    @Test
    void maintaining_customers_alone_grants_nothing_of_the_club() {
        AdminUser admin = admin(role(MAINTAIN_CUSTOMERS));

        assertThat(permissions.mayView(admin)).isFalse();
        assertThat(permissions.mayAdjust(admin)).isFalse();
    }

    @Test
    void a_permission_given_to_the_user_directly_counts_like_one_of_a_role() {
        AdminUser admin = admin();
        admin.setAllPermissions(new HashSet<AdminPermission>(Arrays.asList(ADJUST_POINTS)));

        assertThat(permissions.mayAdjust(admin)).isTrue();
        assertThat(permissions.mayView(admin)).isFalse();
    }

    @Test
    void a_friendly_permission_grants_its_children_not_its_own_name() {
        AdminPermission misnamed = permission(MemberServicingPermissions.ADJUST, true);

        assertThat(permissions.mayAdjust(admin(role(misnamed)))).isFalse();
    }

    @Test
    void nobody_signed_in_may_do_anything() {
        assertThat(permissions.mayView(null)).isFalse();
        assertThat(permissions.mayAdjust(null)).isFalse();
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
