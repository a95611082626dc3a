package io.loyaltyclub.admin.member.web;

import io.loyaltyclub.admin.member.AdjustPointsForm;
import io.loyaltyclub.admin.member.AdjustmentOutcome;
import io.loyaltyclub.admin.member.MemberAdjustments;
import io.loyaltyclub.admin.member.MemberPanel;
import io.loyaltyclub.admin.member.MemberPanelReader;
import io.loyaltyclub.admin.member.MemberServicingPermissions;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Collections;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * A customer's loyalty panel in the admin (loyalty spec, section 10): Customer Care &gt; Customers &gt; a customer
 * &gt; Loyalty, at {@code /customer/{id}/loyalty}. Shows the membership, the points and the ledger (paged, newest
 * first), and takes the "Adjust points" form; rendered in the admin's own layout, within the Customers section.
 */
@Controller("loyaltyAdminCustomerLoyaltyController")
@RequestMapping("/" + AdminCustomerLoyaltyController.SECTION + "/{customerId}/loyalty")
public class AdminCustomerLoyaltyController extends AdminAbstractController {

    /** Broadleaf's Customers section (its URL in BLC_ADMIN_SECTION); the panel belongs to it. */
    public static final String SECTION = "customer";
    static final String VIEW = "loyalty/customerLoyalty";

    static final String NOT_ALLOWED_TO_VIEW = "You may not see loyalty memberships. An administrator can grant the "
            + "\"View Loyalty Members\" permission in Security > Role Management.";
    static final String NOT_ALLOWED_TO_ADJUST = "You may not adjust loyalty points, so nothing was changed. An "
            + "administrator can grant the \"Adjust Loyalty Points\" permission in Security > Role Management.";
    static final String NOT_A_MEMBER = "This customer is not a member of the loyalty club, so there are no points to "
            + "adjust. Nothing was changed.";

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "loyaltyMemberPanelReader")
    protected MemberPanelReader panels;

    @Resource(name = "loyaltyMemberAdjustments")
    protected MemberAdjustments adjustments;

    @Resource(name = "loyaltyMemberServicingPermissions")
    protected MemberServicingPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String viewPanel(HttpServletResponse response, Model model, @PathVariable("customerId") String customerId,
                            @RequestParam(value = "page", required = false) String page) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        Customer customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, customerId);
        }
        if (!permissions.mayView(admin)) {
            return refused(response, model, NOT_ALLOWED_TO_VIEW);
        }
        return show(model, panels.read(customer, pageNumber(page)), AdjustPointsForm.blank(), admin,
                Collections.<String, String>emptyMap(), null);
    }

    @RequestMapping(value = "/adjust", method = RequestMethod.POST)
    public String adjust(HttpServletResponse response, Model model, @PathVariable("customerId") String customerId,
                         @ModelAttribute("adjustment") AdjustPointsForm form, RedirectAttributes redirect) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        Customer customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, customerId);
        }
        if (!permissions.mayView(admin)) {
            return refused(response, model, NOT_ALLOWED_TO_VIEW);
        }
        MemberPanel panel = panels.read(customer, 1);
        if (!permissions.mayAdjust(admin)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, panel, form, admin, Collections.<String, String>emptyMap(), NOT_ALLOWED_TO_ADJUST);
        }
        if (!panel.isMember()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(model, panel, form, admin, Collections.<String, String>emptyMap(), NOT_A_MEMBER);
        }
        AdjustmentOutcome outcome = adjustments.adjust(panel.getAccountId(), form, admin.getLogin());
        switch (outcome.getKind()) {
            case POSTED:
            case REPLAYED:
                redirect.addFlashAttribute("loyaltyNotice", outcome.message());
                return "redirect:/" + SECTION + "/" + customer.getId() + "/loyalty";
            case FORM_USED:
                return show(model, panel, AdjustPointsForm.blank(), admin, Collections.<String, String>emptyMap(),
                        outcome.message());
            case REFUSED:
            default:
                return show(model, panel, form, admin, outcome.getProblems(), outcome.message());
        }
    }

    private String show(Model model, MemberPanel panel, AdjustPointsForm form, AdminUser admin,
                        Map<String, String> problems, String alert) {
        setModelAttributes(model, SECTION);
        model.addAttribute("panel", panel);
        model.addAttribute("adjustment", form);
        model.addAttribute("problems", problems);
        model.addAttribute("mayAdjust", permissions.mayAdjust(admin));
        if (alert != null) {
            model.addAttribute("loyaltyAlert", alert);
        }
        return VIEW;
    }

    private String notFound(HttpServletResponse response, Model model, String customerId) {
        return withoutPanel(response, model, HttpServletResponse.SC_NOT_FOUND,
                "There is no customer " + customerId + ".");
    }

    private String refused(HttpServletResponse response, Model model, String message) {
        return withoutPanel(response, model, HttpServletResponse.SC_FORBIDDEN, message);
    }

    /** The panel's page with only a message in it. */
    private String withoutPanel(HttpServletResponse response, Model model, int status, String message) {
        response.setStatus(status);
        setModelAttributes(model, SECTION);
        model.addAttribute("loyaltyAlert", message);
        return VIEW;
    }

    private Customer customer(String id) {
        try {
            return customers.readCustomerById(Long.valueOf(id.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
