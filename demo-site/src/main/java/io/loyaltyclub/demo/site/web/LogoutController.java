package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Signing out is a POST with the form's CSRF token (the layout's menu sends it; Spring Security's filter answers it).
 * An address bar or an old link asking {@code GET /logout} gets a page with that form instead of being signed out.
 */
@Controller
public class LogoutController {

    @RequestMapping(value = "/logout", method = RequestMethod.GET)
    public String confirm() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() ? "authentication/logout" : "redirect:/";
    }
}
