package io.loyaltyclub.admin.reward.web;

import io.loyaltyclub.admin.web.LoyaltySectionController;
import io.loyaltyclub.admin.reward.InvitationPermissions;
import io.loyaltyclub.admin.reward.InvitationRow;
import io.loyaltyclub.admin.web.OneTimeForms;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;
import io.loyaltyclub.reward.service.RewardCatalogue;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Loyalty &gt; Reward invitations ({@code /loyalty-reward-invitations}): the event invitations members redeemed from
 * the reward catalogue, waiting ones first, with "Mark fulfilled" (a post with a one-time form token; the admin user
 * is recorded). The permissions are checked here, on every request.
 */
@Controller("loyaltyAdminRewardInvitationsController")
@RequestMapping("/" + AdminRewardInvitationsController.SECTION)
public class AdminRewardInvitationsController extends LoyaltySectionController {

    public static final String SECTION = "loyalty-reward-invitations";
    static final String VIEW = "loyalty/rewardInvitations";
    static final String FORM_PURPOSE = "loyalty-fulfil-invitation";
    static final int ROWS = 200;

    static final String NOT_ALLOWED_TO_VIEW = "You may not see the members' reward invitations. An administrator can "
            + "grant the \"View Loyalty Reward Invitations\" permission in Security > Role Management.";
    static final String NOT_ALLOWED_TO_FULFIL = "You may not mark invitations fulfilled, so nothing was changed. An "
            + "administrator can grant the \"Fulfil Loyalty Reward Invitations\" permission in Security > Role "
            + "Management.";
    static final String FORM_SPENT = "This form was already sent (a double click or a reload), so nothing was "
            + "changed again. The page shows where the invitation stands.";
    static final String FORM_UNKNOWN = "This page was out of date (opened before you last signed in, or too long "
            + "ago), so nothing was changed. Use Mark fulfilled on the page below.";
    static final String NO_SUCH = "There is no such invitation; nothing was changed.";

    @Resource(name = "loyaltyRewardCatalogue")
    protected RewardCatalogue catalogue;

    @Resource(name = "loyaltyInvitationPermissions")
    protected InvitationPermissions permissions;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewInvitations(HttpServletResponse response, HttpSession session, Model model) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        return show(model, session, admin, null);
    }

    @RequestMapping(value = "/{redemptionId}/fulfil", method = RequestMethod.POST)
    public String fulfil(HttpServletResponse response, HttpSession session, Model model,
                         @PathVariable("redemptionId") long redemptionId,
                         @RequestParam(value = "formToken", required = false) String formToken,
                         RedirectAttributes redirect) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        if (!permissions.mayFulfil(admin)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, session, admin, NOT_ALLOWED_TO_FULFIL);
        }
        switch (OneTimeForms.spend(session, FORM_PURPOSE, formToken)) {
            case SPENT:
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, session, admin, FORM_SPENT);
            case UNKNOWN:
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, session, admin, FORM_UNKNOWN);
            case FRESH:
            default:
                break;
        }
        boolean changed;
        try {
            changed = catalogue.markFulfilled(redemptionId, admin.getLogin());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return show(model, session, admin, NO_SUCH);
        }
        redirect.addFlashAttribute("loyaltyNotice", changed ? "The invitation is marked fulfilled by you."
                : "Another admin had already marked this invitation fulfilled; their record stays.");
        return "redirect:/" + SECTION;
    }

    private String show(Model model, HttpSession session, AdminUser admin, String alert) {
        setModelAttributes(model, SECTION);
        ZoneId zone = programmes.findProgramme().toRules().zone();
        List<InvitationRow> rows = new ArrayList<InvitationRow>();
        for (RewardRedemptionImpl redemption : catalogue.invitations(ROWS)) {
            rows.add(new InvitationRow(redemption, customers.readCustomerById(redemption.getCustomerId()), zone));
        }
        boolean mayFulfil = permissions.mayFulfil(admin);
        model.addAttribute("invitations", rows);
        model.addAttribute("mayFulfil", mayFulfil);
        model.addAttribute("zone", zone.getId());
        if (mayFulfil) {
            Map<Long, String> tokens = new LinkedHashMap<Long, String>();
            for (InvitationRow row : rows) {
                if (!row.isFulfilled()) {
                    tokens.put(row.getId(), OneTimeForms.issue(session, FORM_PURPOSE));
                }
            }
            model.addAttribute("formTokens", tokens);
        }
        if (alert != null) {
            model.addAttribute("loyaltyAlert", alert);
        }
        return VIEW;
    }
}
