package io.loyaltyclub.admin.returns;

import io.loyaltyclub.admin.member.MemberServicingPermissions;
import io.loyaltyclub.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

/**
 * Who may see an order's cancellations and returns (those who may cancel and return, and those who may see members'
 * points) and who may record one ("Cancel and Return Orders").
 */
@Component("loyaltyOrderReturnPermissions")
public class OrderReturnPermissions {

    /** Cancel and return placed orders (granted by "Cancel and Return Orders"). */
    public static final String RETURN = "PERMISSION_RETURN_LOYALTY_ORDERS";

    public boolean mayView(AdminUser admin) {
        return mayReturn(admin) || AdminPermissions.holds(admin, MemberServicingPermissions.VIEW);
    }

    public boolean mayReturn(AdminUser admin) {
        return AdminPermissions.holds(admin, RETURN);
    }
}
