package io.loyaltyclub.admin.api.web;

import io.loyaltyclub.admin.web.LoyaltySectionController;
import io.loyaltyclub.admin.api.ApiKeyForm;
import io.loyaltyclub.admin.api.ApiKeyRow;
import io.loyaltyclub.admin.security.AdminPermissions;
import io.loyaltyclub.api.persistence.ApiKey;
import io.loyaltyclub.api.service.ApiKeyService;
import io.loyaltyclub.api.service.CreatedApiKey;
import io.loyaltyclub.api.service.FormAlreadyUsedException;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * Loyalty &gt; API keys ({@code /loyalty-api-keys}): the keys of partners and headless storefronts for the loyalty
 * API, with name, prefix, creation, last day and state; New key (its secret shown once, on the answer to the form,
 * never again) and Revoke. Needs the "Manage Loyalty API Keys" permission, checked on every request.
 */
@Controller("loyaltyAdminApiKeysController")
@RequestMapping("/" + AdminApiKeysController.SECTION)
public class AdminApiKeysController extends LoyaltySectionController {

    /** The section's URL in BLC_ADMIN_SECTION (load_loyalty_admin.sql). */
    public static final String SECTION = "loyalty-api-keys";
    public static final String PERMISSION = "PERMISSION_MANAGE_LOYALTY_API_KEYS";
    static final String VIEW = "loyalty/apiKeys";

    static final String NOT_ALLOWED = "You may not manage API keys. An administrator can grant the "
            + "\"Manage Loyalty API Keys\" permission in Security > Role Management.";
    static final String FORM_USED = "This form was sent before and its key was created then; no second key was made. "
            + "A key's secret is shown only once: if it was not copied, revoke that key and create a new one.";

    @Resource(name = "loyaltyApiKeyService")
    protected ApiKeyService keys;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @RequestMapping(method = RequestMethod.GET)
    public String list(HttpServletResponse response, Model model) {
        if (!mayManage()) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED);
        }
        return show(model, ApiKeyForm.blank(), Collections.<String, String>emptyMap(), null);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String create(HttpServletResponse response, Model model, @ModelAttribute("newKey") ApiKeyForm form) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!mayManage()) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED);
        }
        ZoneId zone = zone();
        Map<String, String> problems = form.problems(zone, clock.instant());
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, form, problems, problems.containsKey("form") ? problems.get("form") : null);
        }
        try {
            CreatedApiKey created = keys.create(form.getName(), admin.getLogin(), form.expiresAt(zone), form.getFormToken());
            // The secret is in this answer only: not in the session, not in a redirect, not cached.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("createdKey", new ApiKeyRow(created.getKey(), zone, clock.instant()));
            model.addAttribute("createdSecret", created.getSecret());
            return show(model, ApiKeyForm.blank(), Collections.<String, String>emptyMap(), null);
        } catch (FormAlreadyUsedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(model, ApiKeyForm.blank(), Collections.<String, String>emptyMap(), FORM_USED);
        }
    }

    @RequestMapping(value = "/{id}/revoke", method = RequestMethod.POST)
    public String revoke(HttpServletResponse response, Model model, @PathVariable("id") String id,
                         RedirectAttributes redirect) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!mayManage()) {
            return forbiddenPage(response, model, SECTION, VIEW, NOT_ALLOWED);
        }
        ApiKey revoked;
        try {
            revoked = keys.revoke(Long.parseLong(id.trim()), admin.getLogin());
        } catch (NumberFormatException e) {
            revoked = null;
        }
        if (revoked == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return show(model, ApiKeyForm.blank(), Collections.<String, String>emptyMap(), "There is no API key " + id + ".");
        }
        redirect.addFlashAttribute("loyaltyNotice", "The key \"" + revoked.getName() + "\" (" + revoked.getPrefix()
                + "…) is revoked: the API refuses it from now on.");
        return "redirect:/" + SECTION;
    }

    private String show(Model model, ApiKeyForm form, Map<String, String> problems, String alert) {
        setModelAttributes(model, SECTION);
        ZoneId zone = zone();
        Instant now = clock.instant();
        List<ApiKeyRow> rows = new ArrayList<ApiKeyRow>();
        for (ApiKey key : keys.list()) {
            rows.add(new ApiKeyRow(key, zone, now));
        }
        model.addAttribute("apiKeys", rows);
        model.addAttribute("newKey", form);
        model.addAttribute("problems", problems);
        model.addAttribute("zone", zone.getId());
        if (alert != null) {
            model.addAttribute("loyaltyAlert", alert);
        }
        return VIEW;
    }


    private boolean mayManage() {
        return AdminPermissions.holds(adminRemoteSecurityService.getPersistentAdminUser(), PERMISSION);
    }

    private ZoneId zone() {
        return programmes.findProgramme().toRules().zone();
    }
}
