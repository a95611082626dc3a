package io.loyaltyclub.programme.web;

import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.member.web.ClubVisitor;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.domain.QualificationBasis;
import io.loyaltyclub.tier.domain.QualificationPeriod;
import io.loyaltyclub.tier.service.TierService;
import io.loyaltyclub.tier.web.TierCard;

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

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @RequestMapping(value = "/loyalty", method = RequestMethod.GET)
    public String club(Model model, Locale locale) {
        LoyaltyProgram programme = programmeService.findProgramme();
        model.addAttribute("club", ClubPage.of(programme.getName(), programme.isActive(), programme.toRules(),
                ShopperFormats.storeCurrency(), locale, programme.getTermsVersion(), programme.getTermsText()));
        QualificationBasis basis = QualificationBasis.named(programme.getTierBasis());
        // Every tier with its benefits, before joining (loyalty spec, section 1).
        model.addAttribute("tiers", TierCard.of(tiers.tiers(), basis,
                new ShopperFormats(locale, ShopperFormats.storeCurrency(), programme.toRules().zone())));
        model.addAttribute("tierBasis", basis.name());
        model.addAttribute("tierPeriod", QualificationPeriod.named(programme.getTierPeriod()).name());
        model.addAttribute("visitor", ClubVisitor.current(memberships, signIn, "/loyalty"));
        return VIEW;
    }
}
