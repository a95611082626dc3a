package io.loyaltyclub.programme.web;

import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.member.web.ClubVisitor;
import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Locale;
import javax.annotation.Resource;

/**
 * The public club page: benefits, how earning works and the terms, rendered from the programme settings
 * on every request, so a change saved in the admin shows at once.
 */
@Controller("loyaltyClubController")
public class LoyaltyClubController {

    static final String VIEW = "loyalty/club";

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmeService;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths signIn;

    @RequestMapping(value = "/loyalty", method = RequestMethod.GET)
    public String club(Model model, Locale locale) {
        LoyaltyProgram programme = programmeService.findProgramme();
        model.addAttribute("club", ClubPage.of(programme.getName(), programme.isActive(), programme.toRules(),
                ShopperFormats.storeCurrency(), locale, programme.getTermsVersion(), programme.getTermsText()));
        model.addAttribute("visitor", ClubVisitor.current(memberships, signIn, "/loyalty"));
        return VIEW;
    }
}
