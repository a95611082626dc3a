package io.loyaltyclub.programme.web;

import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Currency;
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

    @RequestMapping(value = "/loyalty", method = RequestMethod.GET)
    public String club(Model model, Locale locale) {
        LoyaltyProgram programme = programmeService.findProgramme();
        model.addAttribute("club", ClubPage.of(programme.getName(), programme.isActive(), programme.toRules(),
                storeCurrency(), locale, programme.getTermsVersion(), programme.getTermsText()));
        return VIEW;
    }

    static Currency storeCurrency() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        if (brc != null && brc.getBroadleafCurrency() != null && brc.getBroadleafCurrency().getCurrencyCode() != null) {
            return Currency.getInstance(brc.getBroadleafCurrency().getCurrencyCode());
        }
        return Currency.getInstance("USD");
    }
}
