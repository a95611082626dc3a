package io.loyaltyclub.admin.review;

import io.loyaltyclub.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

/** Who may read members' product reviews (Loyalty &gt; Product reviews) and who may approve or reject them. */
@Component("loyaltyReviewPermissions")
public class ReviewPermissions {

    /** See the reviews (granted by "View Loyalty Reviews" and "Moderate Loyalty Reviews"). */
    public static final String VIEW = "PERMISSION_READ_LOYALTY_REVIEWS";
    /** Approve or reject (granted by "Moderate Loyalty Reviews"). */
    public static final String MODERATE = "PERMISSION_MODERATE_LOYALTY_REVIEWS";

    public boolean mayView(AdminUser admin) {
        return AdminPermissions.holds(admin, VIEW);
    }

    public boolean mayModerate(AdminUser admin) {
        return AdminPermissions.holds(admin, MODERATE);
    }
}
