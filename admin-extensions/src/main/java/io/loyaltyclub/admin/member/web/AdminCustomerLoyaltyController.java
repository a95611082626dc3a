package io.loyaltyclub.admin.member.web;

import io.loyaltyclub.admin.member.AdjustPointsForm;
import io.loyaltyclub.admin.member.AdjustmentOutcome;
import io.loyaltyclub.admin.member.MemberAdjustments;
import io.loyaltyclub.admin.member.MemberPanel;
import io.loyaltyclub.admin.member.MemberPanelReader;
import io.loyaltyclub.admin.member.MemberServicingPermissions;
import io.loyaltyclub.admin.member.MemberTiers;
import io.loyaltyclub.admin.member.SetTierForm;
import io.loyaltyclub.admin.web.OneTimeForms;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
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
import javax.servlet.http.HttpServletRequest;
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
    static final String NOT_ALLOWED_TO_SET_TIER = "You may not set loyalty tiers, so nothing was changed. An "
            + "administrator can grant the \"Set Loyalty Tiers\" permission in Security > Role Management.";
    static final String TIER_FORM_USED = "This form was already sent, so the tier was set once; nothing more changed.";
    static final String TIER_FORM_UNKNOWN = "This form is out of date (or from before you signed in), so nothing was "
            + "changed. Set the tier again in the form below.";
    /** The one-time tokens of "Set tier" forms, kept in the admin's session. */
    static final String SET_TIER_FORMS = "loyalty-set-tier";
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

    @Resource(name = "loyaltyMemberTiers")
    protected MemberTiers memberTiers;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @RequestMapping(method = RequestMethod.GET)
    public String viewPanel(HttpServletRequest request, HttpServletResponse response, Model model,
                            @PathVariable("customerId") String customerId,
                            @RequestParam(value = "page", required = false) String page) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        Customer customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, customerId);
        }
        if (!permissions.mayView(admin)) {
            return refused(response, model, NOT_ALLOWED_TO_VIEW);
        }
        return show(request, model, panels.read(customer, pageNumber(page)), AdjustPointsForm.blank(), admin,
                Collections.<String, String>emptyMap(), null);
    }

    @RequestMapping(value = "/adjust", method = RequestMethod.POST)
    public String adjust(HttpServletRequest request, HttpServletResponse response, Model model, @PathVariable("customerId") String customerId,
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
            return show(request, model, panel, form, admin, Collections.<String, String>emptyMap(), NOT_ALLOWED_TO_ADJUST);
        }
        if (!panel.isMember()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(request, model, panel, form, admin, Collections.<String, String>emptyMap(), NOT_A_MEMBER);
        }
        AdjustmentOutcome outcome = adjustments.adjust(panel.getAccountId(), form, admin.getLogin());
        switch (outcome.getKind()) {
            case POSTED:
            case REPLAYED:
                redirect.addFlashAttribute("loyaltyNotice", outcome.message());
                return "redirect:/" + SECTION + "/" + customer.getId() + "/loyalty";
            case FORM_USED:
                return show(request, model, panel, AdjustPointsForm.blank(), admin, Collections.<String, String>emptyMap(),
                        outcome.message());
            case REFUSED:
            default:
                return show(request, model, panel, form, admin, outcome.getProblems(), outcome.message());
        }
    }

    /** The "Set tier" form: a floor, a fixed tier, or back to qualification, with a required note. */
    @RequestMapping(value = "/tier", method = RequestMethod.POST)
    public String setTier(HttpServletRequest request, HttpServletResponse response, Model model,
                          @PathVariable("customerId") String customerId,
                          @ModelAttribute("tierForm") SetTierForm form, RedirectAttributes redirect) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        Customer customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, customerId);
        }
        if (!permissions.mayView(admin)) {
            return refused(response, model, NOT_ALLOWED_TO_VIEW);
        }
        MemberPanel panel = panels.read(customer, 1);
        if (!permissions.maySetTier(admin)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(request, model, panel, AdjustPointsForm.blank(), admin, Collections.<String, String>emptyMap(),
                    NOT_ALLOWED_TO_SET_TIER);
        }
        if (!panel.isMember()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(request, model, panel, AdjustPointsForm.blank(), admin, Collections.<String, String>emptyMap(),
                    NOT_A_MEMBER);
        }
        Map<String, String> problems = form.problems(java.util.Collections.<String>emptySet());
        if (!problems.containsKey(SetTierForm.FORM)) {
            switch (OneTimeForms.spend(request.getSession(), SET_TIER_FORMS, form.getFormToken())) {
                case SPENT:
                    redirect.addFlashAttribute("loyaltyNotice", TIER_FORM_USED);
                    return "redirect:/" + SECTION + "/" + customer.getId() + "/loyalty";
                case UNKNOWN:
                    return show(request, model, panel, AdjustPointsForm.blank(), admin,
                            Collections.<String, String>emptyMap(), TIER_FORM_UNKNOWN);
                case FRESH:
                default:
                    break;
            }
        }
        Map<String, String> refused = memberTiers.set(panel.getAccountId(), form, admin.getLogin());
        if (!refused.isEmpty()) {
            // The token was spent: the corrected form gets a new one.
            form.setFormToken(OneTimeForms.issue(request.getSession(), SET_TIER_FORMS));
            model.addAttribute("tierProblems", refused);
            return showTier(request, model, panel, admin, form, "Nothing was changed: please correct the tier form below.");
        }
        redirect.addFlashAttribute("loyaltyNotice", memberTiers.outcome(panel.getAccountId()));
        return "redirect:/" + SECTION + "/" + customer.getId() + "/loyalty";
    }

    private String showTier(HttpServletRequest request, Model model, MemberPanel panel, AdminUser admin,
                            SetTierForm tierForm, String alert) {
        model.addAttribute("tierForm", tierForm);
        return show(request, model, panel, AdjustPointsForm.blank(), admin, Collections.<String, String>emptyMap(),
                alert);
    }

    private String show(HttpServletRequest request, Model model, MemberPanel panel, AdjustPointsForm form,
                        AdminUser admin, Map<String, String> problems, String alert) {
        setModelAttributes(model, SECTION);
        if (panel.isMember()) {
            LoyaltyAccount account = memberships.findAccount(panel.getAccountId());
            model.addAttribute("tierPanel", memberTiers.read(account));
            if (!model.containsAttribute("tierForm") || ((SetTierForm) model.asMap().get("tierForm")).getFormToken() == null) {
                model.addAttribute("tierForm", SetTierForm.blank(OneTimeForms.issue(request.getSession(), SET_TIER_FORMS)));
            }
            if (!model.containsAttribute("tierProblems")) {
                model.addAttribute("tierProblems", Collections.<String, String>emptyMap());
            }
            model.addAttribute("maySetTier", permissions.maySetTier(admin));
        }
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
