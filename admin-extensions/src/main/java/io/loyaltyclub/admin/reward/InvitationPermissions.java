package io.loyaltyclub.admin.reward;

import io.loyaltyclub.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

/** Who may see the event invitations members redeemed (Loyalty &gt; Reward invitations) and mark them fulfilled. */
@Component("loyaltyInvitationPermissions")
public class InvitationPermissions {

    /** See the invitations (granted by "View Loyalty Reward Invitations" and "Fulfil Loyalty Reward Invitations"). */
    public static final String VIEW = "PERMISSION_READ_LOYALTY_INVITATIONS";
    /** Mark one fulfilled (granted by "Fulfil Loyalty Reward Invitations"). */
    public static final String FULFIL = "PERMISSION_FULFIL_LOYALTY_INVITATIONS";

    public boolean mayView(AdminUser admin) {
        return AdminPermissions.holds(admin, VIEW);
    }

    public boolean mayFulfil(AdminUser admin) {
        return AdminPermissions.holds(admin, FULFIL);
    }
}
