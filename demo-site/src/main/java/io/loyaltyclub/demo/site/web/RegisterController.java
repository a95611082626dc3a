package io.loyaltyclub.demo.site.web;

import io.loyaltyclub.platform.web.LocalPath;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.account.BroadleafRegisterController;
import org.broadleafcommerce.profile.web.core.form.RegisterCustomerForm;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Registration. The new customer is signed in, with a new session id as at sign-in (the guest's cart and the
 * referral cookie stay), and sent to their account (or back where they came from, when that is a page of this site).
 */
@Controller
@RequestMapping("/register")
public class RegisterController extends BroadleafRegisterController {

    /** The sign-in's session strategy (applicationContext-security.xml). */
    @Resource(name = "demoNewSessionOnSignIn")
    protected SessionAuthenticationStrategy newSessionOnSignIn;

    @RequestMapping(method = RequestMethod.GET)
    public String register(@ModelAttribute("registrationForm") RegisterCustomerForm registerCustomerForm,
                           HttpServletRequest request, HttpServletResponse response, Model model) {
        String view = super.register(registerCustomerForm, request, response, model);
        // Broadleaf's register() copies successUrl as it is: only a path of this site is kept.
        registerCustomerForm.setRedirectUrl(LocalPath.orNull(request.getParameter("successUrl")));
        return view;
    }

    @RequestMapping(method = RequestMethod.POST)
    public String processRegister(@ModelAttribute("registrationForm") RegisterCustomerForm registerCustomerForm,
                                  BindingResult errors, HttpServletRequest request, HttpServletResponse response,
                                  Model model) throws ServiceException, PricingException {
        registerCustomerForm.setRedirectUrl(LocalPath.orNull(registerCustomerForm.getRedirectUrl()));
        if (registerCustomerForm.getCustomer() != null && registerCustomerForm.getCustomer().getEmailAddress() != null) {
            registerCustomerForm.getCustomer().setEmailAddress(registerCustomerForm.getCustomer().getEmailAddress().trim());
        }
        String view = super.processRegister(registerCustomerForm, errors, request, response, model);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!errors.hasErrors() && signedIn != null) {
            newSessionOnSignIn.onAuthentication(signedIn, request, response);
        }
        return view;
    }

    @ModelAttribute("registrationForm")
    public RegisterCustomerForm initCustomerRegistrationForm() {
        return super.initCustomerRegistrationForm();
    }

    @Override
    public String getRegisterSuccessView() {
        return "redirect:/account";
    }
}
