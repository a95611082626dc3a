package io.loyaltyclub.admin.jobs.web;

import io.loyaltyclub.admin.web.LoyaltySectionController;
import io.loyaltyclub.admin.jobs.JobRow;
import io.loyaltyclub.admin.jobs.JobsPage;
import io.loyaltyclub.admin.jobs.JobsPermissions;
import io.loyaltyclub.admin.web.OneTimeForms;
import io.loyaltyclub.jobs.service.RunResult;
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
 * Loyalty &gt; Jobs ({@code /loyalty-jobs}): each of the club's jobs with its last run, who holds its claim and when
 * this node runs it next, and "Run now" (a post with a one-time form token; refused while another node runs the
 * job). The permissions are checked here, on every request.
 */
@Controller("loyaltyAdminJobsController")
@RequestMapping("/" + AdminLoyaltyJobsController.SECTION)
public class AdminLoyaltyJobsController extends LoyaltySectionController {

    public static final String SECTION = "loyalty-jobs";
    static final String VIEW = "loyalty/jobs";
    static final String FORM_PURPOSE = "loyalty-run-job";

    static final String NOT_ALLOWED_TO_VIEW = "You may not see the loyalty club's jobs. An administrator can grant the "
            + "\"View Loyalty Jobs\" permission in Security > Role Management.";
    static final String NOT_ALLOWED_TO_RUN = "You may not start loyalty jobs, so nothing was started. An administrator "
            + "can grant the \"Run Loyalty Jobs\" permission in Security > Role Management.";
    static final String FORM_SPENT = "This form was already sent (a double click or a reload), so the job was not "
            + "started again. The page shows how the run went.";
    static final String FORM_UNKNOWN = "This page was out of date (opened before you last signed in, or too long "
            + "ago), so nothing was started. Use Run now on the page below.";

    @Resource(name = "loyaltyJobsPage")
    protected JobsPage jobs;

    @Resource(name = "loyaltyJobsPermissions")
    protected JobsPermissions permissions;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewJobs(HttpServletResponse response, HttpSession session, Model model) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        return show(model, session, admin, null);
    }

    @RequestMapping(value = "/{job}/run", method = RequestMethod.POST)
    public String runNow(HttpServletResponse response, HttpSession session, Model model,
                         @PathVariable("job") String job,
                         @RequestParam(value = "formToken", required = false) String formToken,
                         RedirectAttributes redirect) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayView(admin)) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED_TO_VIEW);
        }
        if (!permissions.mayRun(admin)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, session, admin, NOT_ALLOWED_TO_RUN);
        }
        if (!jobs.exists(job)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return show(model, session, admin, "There is no loyalty job called \"" + job + "\"; nothing was started.");
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
        RunResult result = jobs.runNow(job);
        String message = JobsPage.message(job, result);
        if (result.getKind() == RunResult.Kind.BUSY) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(model, session, admin, message);
        }
        redirect.addFlashAttribute(result.getKind() == RunResult.Kind.FAILED ? "loyaltyAlert" : "loyaltyNotice",
                message);
        return "redirect:/" + SECTION;
    }

    private String show(Model model, HttpSession session, AdminUser admin, String alert) {
        setModelAttributes(model, SECTION);
        boolean mayRun = permissions.mayRun(admin);
        List<JobRow> rows = jobs.rows();
        model.addAttribute("jobs", rows);
        model.addAttribute("mayRun", mayRun);
        model.addAttribute("node", jobs.node());
        model.addAttribute("schedule", jobs.schedule());
        model.addAttribute("nextRun", jobs.nextScheduledRun());
        model.addAttribute("zone", jobs.zone());
        if (mayRun) {
            Map<String, String> tokens = new LinkedHashMap<String, String>();
            for (JobRow row : rows) {
                tokens.put(row.getName(), OneTimeForms.issue(session, FORM_PURPOSE));
            }
            model.addAttribute("formTokens", tokens);
        }
        if (alert != null) {
            model.addAttribute("loyaltyAlert", alert);
        }
        return VIEW;
    }
}
