package io.loyaltyclub.admin.jobs;

import io.loyaltyclub.admin.security.AdminPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

/** Who may see the club's jobs (Loyalty &gt; Jobs) and who may start one now. */
@Component("loyaltyJobsPermissions")
public class JobsPermissions {

    /** See the jobs and their last runs (granted by "View Loyalty Jobs" and "Run Loyalty Jobs"). */
    public static final String VIEW = "PERMISSION_READ_LOYALTY_JOBS";
    /** Start a job now (granted by "Run Loyalty Jobs"). */
    public static final String RUN = "PERMISSION_RUN_LOYALTY_JOBS";

    public boolean mayView(AdminUser admin) {
        return AdminPermissions.holds(admin, VIEW);
    }

    public boolean mayRun(AdminUser admin) {
        return AdminPermissions.holds(admin, RUN);
    }
}
