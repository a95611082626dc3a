package io.loyaltyclub.referral.web;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.referral.persistence.ReferralSettings;
import io.loyaltyclub.referral.service.Advocate;
import io.loyaltyclub.referral.service.ReferralService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A member's referral link, {@code /r/{code}}: the page tells the visitor who invites them and what they get, and
 * remembers the advocate in the browser ({@link ReferralCookie}) through registration. Accepting the club terms there
 * makes the friend a member on registering, with the friend's welcome reward at once; without it they get the reward
 * when they join later. Signed-in customers, unknown codes and paused referrals get a page that says so, and nothing is
 * remembered.
 */
@Controller("loyaltyReferralLinkController")
public class ReferralLinkController {

    static final String VIEW = "loyalty/referral";
    static final String MEMBERS_AREA = "/account/loyalty";

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths paths;

    @RequestMapping(value = ReferralLinkPaths.PREFIX + "{code}", method = RequestMethod.GET)
    public String followed(@PathVariable("code") String code, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        ReferralLanding landing = landing(code, response);
        model.addAttribute("referral", landing);
        if (landing.isInvited()) {
            new ReferralCookie(landing.getCode(), null, false).store(request, response, referrals.settings().getLinkDays());
            model.addAttribute("registerUrl", paths.register(MEMBERS_AREA));
        }
        return VIEW;
    }

    /** Accepts the club terms on the link's page, then on to registration. */
    @RequestMapping(value = ReferralLinkPaths.PREFIX + "{code}", method = RequestMethod.POST)
    public String accepted(@PathVariable("code") String code,
                           @RequestParam(value = "acceptTerms", required = false) String acceptTerms,
                           @RequestParam(value = "termsVersion", required = false) String termsVersion,
                           @RequestParam(value = "marketingConsent", required = false) String marketingConsent,
                           HttpServletRequest request, HttpServletResponse response, Model model) {
        ReferralLanding landing = landing(code, response);
        model.addAttribute("referral", landing);
        if (!landing.isInvited()) {
            return VIEW;
        }
        int days = referrals.settings().getLinkDays();
        model.addAttribute("registerUrl", paths.register(MEMBERS_AREA));
        if (acceptTerms == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("referralError", "loyalty.referral.error.terms");
            model.addAttribute("referralConsent", marketingConsent != null);
            return VIEW;
        }
        if (termsVersion == null || !termsVersion.equals(landing.getTermsVersion())) {
            // The terms changed while the page was open: the visitor reads and accepts the new version.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("referralError", "loyalty.referral.error.staleTerms");
            model.addAttribute("referralConsent", marketingConsent != null);
            return VIEW;
        }
        new ReferralCookie(landing.getCode(), termsVersion, marketingConsent != null).store(request, response, days);
        return "redirect:" + paths.register(MEMBERS_AREA);
    }

    private ReferralLanding landing(String code, HttpServletResponse response) {
        LoyaltyProgram programme = programmes.findProgramme();
        ReferralSettings settings = referrals.settings();
        ShopperFormats formats = ShopperFormats.ofRequest(programme.toRules().zone());
        Advocate advocate = referrals.advocateOf(code);
        ReferralLanding.Situation situation = ReferralLanding.Situation.INVITED;
        if (advocate == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            situation = ReferralLanding.Situation.UNKNOWN;
        } else if (!settings.isActive() || !programme.isActive()) {
            situation = ReferralLanding.Situation.PAUSED;
        } else {
            Customer customer = CustomerState.getCustomer();
            if (customer != null && customer.isRegistered() && customer.getId() != null) {
                LoyaltyAccount own = memberships.findByCustomer(customer.getId());
                situation = own != null && own.getId().equals(advocate.getAccountId())
                        ? ReferralLanding.Situation.OWN_LINK : ReferralLanding.Situation.CUSTOMER;
            }
        }
        return new ReferralLanding(situation, advocate == null ? null : advocate.getCode(),
                advocate == null ? null : advocate.getFirstName(), programme.getName(),
                formats.points(settings.getFriendPoints()), programme.getTermsVersion(), programme.getTermsText());
    }
}
