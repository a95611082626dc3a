package io.loyaltyclub.admin.review.web;

import io.loyaltyclub.admin.web.LoyaltySectionController;
import io.loyaltyclub.admin.review.ReviewDesk;
import io.loyaltyclub.admin.review.ReviewPermissions;
import io.loyaltyclub.admin.review.ReviewRow;
import io.loyaltyclub.admin.web.OneTimeForms;
import io.loyaltyclub.review.domain.ReviewStatus;
import io.loyaltyclub.review.service.ReviewDecision;
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
 * Loyalty &gt; Product reviews ({@code /loyalty-reviews}): members' reviews waiting for the shop, approved and
 * rejected, with Approve (shows the review and rewards its author once) and Reject. Each button carries a one-time
 * form token; the permissions are checked here, on every request.
 */
@Controller("loyaltyAdminReviewsController")
@RequestMapping("/" + AdminReviewsController.SECTION)
public class AdminReviewsController extends LoyaltySectionController {

    public static final String SECTION = "loyalty-reviews";
    static final String VIEW = "loyalty/reviews";
    static final String FORM_PURPOSE = "loyalty-review-decision";

    static final String NOT_ALLOWED_TO_VIEW = "You may not see members' product reviews. An administrator can grant "
            + "the \"View Loyalty Reviews\" permission in Security > Role Management.";
    static final String NOT_ALLOWED_TO_MODERATE = "You may not approve or reject reviews, so nothing changed. An "
            + "administrator can grant the \"Moderate Loyalty Reviews\" permission in Security > Role Management.";
    static final String FORM_SPENT = "This form was already sent (a double click or a reload), so nothing changed "
            + "again. The list shows where the review stands.";
    static final String FORM_UNKNOWN = "This page was out of date (opened before you last signed in, or too long "
            + "ago), so nothing changed. Use the buttons on the page below.";

    @Resource(name = "loyaltyReviewDesk")
    protected ReviewDesk desk;

    @Resource(name = "loyaltyReviewPermissions")
    protected ReviewPermissions permissions;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(HttpServletResponse response, HttpSession session, Model model,
                       @RequestParam(value = "status", required = false) String status,
                       @RequestParam(value = "page", required = false) String page) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        return show(model, session, admin, statusOf(status), pageOf(page), null);
    }

    @RequestMapping(value = "/{id}/{decision}", method = RequestMethod.POST)
    public String decide(HttpServletResponse response, HttpSession session, Model model,
                         @PathVariable("id") String id, @PathVariable("decision") String decision,
                         @RequestParam(value = "formToken", required = false) String formToken,
                         RedirectAttributes redirect) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        if (!permissions.mayModerate(admin)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, session, admin, ReviewStatus.PENDING, 1, NOT_ALLOWED_TO_MODERATE);
        }
        boolean approve = "approve".equals(decision);
        Long reviewId = idOf(id);
        if (reviewId == null || !(approve || "reject".equals(decision))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return show(model, session, admin, ReviewStatus.PENDING, 1, "There is no such review or action; nothing "
                    + "changed.");
        }
        switch (OneTimeForms.spend(session, FORM_PURPOSE, formToken)) {
            case SPENT:
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, session, admin, ReviewStatus.PENDING, 1, FORM_SPENT);
            case UNKNOWN:
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, session, admin, ReviewStatus.PENDING, 1, FORM_UNKNOWN);
            case FRESH:
            default:
                break;
        }
        ReviewDecision result = approve ? desk.approve(reviewId, admin.getLogin()) : desk.reject(reviewId, admin.getLogin());
        String message = ReviewDesk.message(result, approve);
        if (result.getKind() != ReviewDecision.Kind.DECIDED) {
            response.setStatus(result.getKind() == ReviewDecision.Kind.NOT_FOUND
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT);
            return show(model, session, admin, ReviewStatus.PENDING, 1, message);
        }
        redirect.addFlashAttribute("loyaltyNotice", message);
        return "redirect:/" + SECTION;
    }


    private String show(Model model, HttpSession session, AdminUser admin, ReviewStatus status, int page,
                        String alert) {
        setModelAttributes(model, SECTION);
        int pages = desk.pages(status);
        int shown = Math.min(page, pages);
        List<ReviewRow> rows = desk.rows(status, shown);
        boolean mayModerate = permissions.mayModerate(admin) && status == ReviewStatus.PENDING;
        model.addAttribute("reviews", rows);
        model.addAttribute("status", status.name());
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("pendingCount", desk.count(ReviewStatus.PENDING));
        model.addAttribute("mayModerate", mayModerate);
        model.addAttribute("mayModerateAtAll", permissions.mayModerate(admin));
        model.addAttribute("zone", desk.storeTime().getZone().getId());
        if (mayModerate) {
            Map<Long, String> approveTokens = new LinkedHashMap<Long, String>();
            Map<Long, String> rejectTokens = new LinkedHashMap<Long, String>();
            for (ReviewRow row : rows) {
                approveTokens.put(row.getId(), OneTimeForms.issue(session, FORM_PURPOSE));
                rejectTokens.put(row.getId(), OneTimeForms.issue(session, FORM_PURPOSE));
            }
            model.addAttribute("approveTokens", approveTokens);
            model.addAttribute("rejectTokens", rejectTokens);
        }
        if (alert != null) {
            model.addAttribute("loyaltyAlert", alert);
        }
        return VIEW;
    }

    static ReviewStatus statusOf(String value) {
        if (value != null) {
            for (ReviewStatus status : ReviewStatus.values()) {
                if (status.name().equalsIgnoreCase(value.trim())) {
                    return status;
                }
            }
        }
        return ReviewStatus.PENDING;
    }

    static int pageOf(String value) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Long idOf(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
