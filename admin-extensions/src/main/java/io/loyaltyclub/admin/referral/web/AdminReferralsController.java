package io.loyaltyclub.admin.referral.web;

import io.loyaltyclub.admin.web.LoyaltySectionController;
import io.loyaltyclub.admin.referral.ReferralRow;
import io.loyaltyclub.admin.referral.ReferralsPage;
import io.loyaltyclub.admin.referral.ReferralsPermissions;
import io.loyaltyclub.admin.web.OneTimeForms;
import io.loyaltyclub.referral.service.ReferralDecisionException;
import io.loyaltyclub.referral.service.ReferralService;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Loyalty &gt; Referrals ({@code /loyalty-referrals}): referrals newest first (all, refused, open or rewarded), with the
 * reason of each refusal, and Approve / Reject with a required note (a post with a one-time form token and the
 * referral's version the page showed, so a double click, a resent form or a page older than the referral's last
 * change changes nothing). The permissions are checked here, on every request.
 */
@Controller("loyaltyAdminReferralsController")
@RequestMapping("/" + AdminReferralsController.SECTION)
public class AdminReferralsController extends LoyaltySectionController {

    public static final String SECTION = "loyalty-referrals";
    static final String VIEW = "loyalty/referrals";
    static final String FORM_PURPOSE = "loyalty-referral-decision";

    static final String NOT_ALLOWED_TO_VIEW = "You may not see the club's referrals. An administrator can grant the "
            + "\"View Loyalty Referrals\" permission in Security > Role Management.";
    static final String NOT_ALLOWED_TO_DECIDE = "You may not approve or reject referrals, so nothing changed. An "
            + "administrator can grant the \"Decide Loyalty Referrals\" permission in Security > Role Management.";
    static final String FORM_SPENT = "This form was already sent (a double click or a reload), so nothing changed "
            + "again. The list shows the referral as it is now.";
    static final String FORM_UNKNOWN = "This page was out of date (opened before you last signed in, or too long ago), "
            + "so nothing changed. Decide again on the page below.";

    @Resource(name = "loyaltyReferralsPage")
    protected ReferralsPage page;

    @Resource(name = "loyaltyReferralsPermissions")
    protected ReferralsPermissions permissions;

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(HttpServletResponse response, HttpSession session, Model model,
                       @RequestParam(value = "show", required = false) String show,
                       @RequestParam(value = "page", required = false) String pageParam) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        return show(model, session, admin, ReferralsPage.Filter.named(show), number(pageParam), null);
    }

    @RequestMapping(value = "/{id}/approve", method = RequestMethod.POST)
    public String approve(HttpServletResponse response, HttpSession session, Model model,
                          @PathVariable("id") long id,
                          @RequestParam(value = "version", required = false) Integer version,
                          @RequestParam(value = "note", required = false) String note,
                          @RequestParam(value = "formToken", required = false) String formToken,
                          @RequestParam(value = "show", required = false) String show,
                          RedirectAttributes redirect) {
        return decide(true, response, session, model, id, version, note, formToken, show, redirect);
    }

    @RequestMapping(value = "/{id}/reject", method = RequestMethod.POST)
    public String reject(HttpServletResponse response, HttpSession session, Model model,
                         @PathVariable("id") long id,
                         @RequestParam(value = "version", required = false) Integer version,
                         @RequestParam(value = "note", required = false) String note,
                         @RequestParam(value = "formToken", required = false) String formToken,
                         @RequestParam(value = "show", required = false) String show,
                         RedirectAttributes redirect) {
        return decide(false, response, session, model, id, version, note, formToken, show, redirect);
    }

    private String decide(boolean approve, HttpServletResponse response, HttpSession session, Model model, long id,
                          Integer version, String note, String formToken, String show, RedirectAttributes redirect) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        ReferralsPage.Filter filter = ReferralsPage.Filter.named(show);
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        if (!permissions.mayDecide(admin)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, session, admin, filter, 1, NOT_ALLOWED_TO_DECIDE);
        }
        if (version == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, session, admin, filter, 1, "The form did not say which version of the referral it "
                    + "was made for, so nothing changed. Decide again on the page below.");
        }
        if (note == null || note.trim().isEmpty()) {
            // Checked before the token is spent, so the admin can write the note and send the same form again.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, session, admin, filter, 1, "Write a note saying why you "
                    + (approve ? "approve" : "reject") + " referral " + id + ". Nothing changed.");
        }
        switch (OneTimeForms.spend(session, FORM_PURPOSE, formToken)) {
            case SPENT:
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, session, admin, filter, 1, FORM_SPENT);
            case UNKNOWN:
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, session, admin, filter, 1, FORM_UNKNOWN);
            case FRESH:
            default:
                break;
        }
        try {
            if (approve) {
                referrals.approve(id, version, admin.getLogin(), note);
            } else {
                referrals.reject(id, version, admin.getLogin(), note);
            }
        } catch (ReferralDecisionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(model, session, admin, filter, 1, "Referral " + id + ": " + e.getMessage());
        }
        redirect.addFlashAttribute("loyaltyNotice", "Referral " + id + (approve ? " approved." : " rejected."));
        return "redirect:/" + SECTION + "?show=" + filter.name();
    }


    private String show(Model model, HttpSession session, AdminUser admin, ReferralsPage.Filter filter, int pageNumber,
                        String alert) {
        setModelAttributes(model, SECTION);
        int pages = page.pages(filter);
        int current = Math.min(pages, Math.max(1, pageNumber));
        List<ReferralRow> rows = page.rows(filter, current);
        boolean mayDecide = permissions.mayDecide(admin);
        model.addAttribute("referrals", rows);
        model.addAttribute("filter", filter.name());
        model.addAttribute("filters", ReferralsPage.Filter.values());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("zone", page.zone());
        model.addAttribute("mayDecide", mayDecide);
        if (mayDecide) {
            // A token per referral shown: its Approve and Reject share it, so the referral is decided once per page.
            Map<Long, String> tokens = new LinkedHashMap<Long, String>();
            for (ReferralRow row : rows) {
                tokens.put(row.getId(), OneTimeForms.issue(session, FORM_PURPOSE));
            }
            model.addAttribute("formTokens", tokens);
        }
        if (alert != null) {
            model.addAttribute("loyaltyAlert", alert);
        }
        return VIEW;
    }

    private static int number(String value) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
