package io.loyaltyclub.admin.web;

import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.ui.Model;

import javax.servlet.http.HttpServletResponse;

/**
 * A custom page of the admin's Loyalty module (jobs, API keys, referrals, reviews, reward invitations): what they
 * answer an admin who may not see them.
 */
public abstract class LoyaltySectionController extends AdminAbstractController {

    /** The page itself, empty but for why: status 403, the section's breadcrumb and the alert. */
    protected String forbiddenPage(HttpServletResponse response, Model model, String section, String view,
                                   String alert) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        setModelAttributes(model, section);
        model.addAttribute("loyaltyAlert", alert);
        return view;
    }
}
