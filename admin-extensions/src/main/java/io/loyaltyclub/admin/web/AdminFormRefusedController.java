package io.loyaltyclub.admin.web;

import io.loyaltyclub.platform.web.LocalPath;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin's page for a form {@link AdminFormCsrfFilter} refused: 403, in the admin's layout, nothing changed, a link
 * back to the page the form was on (when it is a page of this admin) to open it again.
 */
@Controller("loyaltyAdminFormRefusedController")
public class AdminFormRefusedController {

    /** Where the filter forwards a refused form (any method: the refused request's own). */
    public static final String PATH = "/loyalty-form-refused";

    static final String VIEW = "loyalty/formRefused";

    @RequestMapping(PATH)
    public String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("loyaltyBackTo", LocalPath.ofReferer(request));
        return VIEW;
    }
}
