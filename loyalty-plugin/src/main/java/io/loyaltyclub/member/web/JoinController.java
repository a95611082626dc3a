package io.loyaltyclub.member.web;

import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.member.service.ClubClosedException;
import io.loyaltyclub.member.service.JoinResult;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.member.service.StaleTermsException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * Joining the club from its page: a signed-in shopper accepts the terms version shown to them and may give
 * marketing consent. A guest is sent to sign in (or register) and comes back to the club page.
 */
@Controller("loyaltyJoinController")
public class JoinController {

    static final String CLUB = "/loyalty";

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths signIn;

    @RequestMapping(value = CLUB + "/join", method = RequestMethod.POST)
    public String join(@RequestParam(value = "acceptTerms", required = false) String acceptTerms,
                       @RequestParam(value = "termsVersion", required = false) String termsVersion,
                       @RequestParam(value = "marketingConsent", required = false) String marketingConsent,
                       RedirectAttributes redirect) {
        Customer customer = StorefrontCustomer.signedIn();
        if (customer == null) {
            return "redirect:" + signIn.login(CLUB);
        }
        if (memberships.findByCustomer(customer.getId()) != null) {
            return "redirect:" + MembersAreaController.PATH;
        }
        if (acceptTerms == null) {
            return refused(redirect, "loyalty.join.error.terms", marketingConsent != null);
        }
        try {
            JoinResult joined = memberships.join(customer.getId(), termsVersion, marketingConsent != null);
            if (joined.isJoinedNow()) {
                redirect.addFlashAttribute("loyaltyNotice", joined.getWelcomePoints() > 0
                        ? "loyalty.join.welcomeBonus" : "loyalty.join.welcome");
                redirect.addFlashAttribute("loyaltyNoticePoints", joined.getWelcomePoints());
            }
            return "redirect:" + MembersAreaController.PATH;
        } catch (StaleTermsException e) {
            return refused(redirect, "loyalty.join.error.staleTerms", marketingConsent != null);
        } catch (ClubClosedException e) {
            return refused(redirect, "loyalty.join.error.closed", marketingConsent != null);
        }
    }

    private static String refused(RedirectAttributes redirect, String message, boolean consent) {
        redirect.addFlashAttribute("joinError", message);
        redirect.addFlashAttribute("joinConsent", consent);
        return "redirect:" + CLUB + "#join";
    }
}
