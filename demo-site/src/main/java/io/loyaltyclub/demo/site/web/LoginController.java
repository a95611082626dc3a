package io.loyaltyclub.demo.site.web;

import io.loyaltyclub.platform.web.LocalPath;
import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The sign-in page. Spring Security checks the posted form at /login_post.htm.
 */
@Controller
public class LoginController extends BroadleafLoginController {

    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        String view = super.login(request, response, model);
        // Broadleaf's login() copies successUrl as it is: only a path of this site is kept.
        model.addAttribute("successUrl", LocalPath.orNull(request.getParameter("successUrl")));
        return view;
    }
}
