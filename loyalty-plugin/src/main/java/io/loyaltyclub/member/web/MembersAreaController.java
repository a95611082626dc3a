package io.loyaltyclub.member.web;

import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.coupon.web.CouponLine;
import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.reward.service.RewardCatalogue;
import io.loyaltyclub.reward.web.RedemptionLine;
import io.loyaltyclub.reward.web.RewardLine;
import io.loyaltyclub.tier.domain.TierProgress;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.TierQualificationService;
import io.loyaltyclub.tier.service.TierService;
import io.loyaltyclub.tier.web.TierStatus;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The members' area: points, what expires soon, coupons, the reward catalogue and the rewards taken, the history, and
 * consent (loyalty spec, section 9).
 */
@Controller("loyaltyMembersAreaController")
public class MembersAreaController {

    static final String VIEW = "loyalty/account";
    static final String PATH = "/account/loyalty";
    static final int PAGE_SIZE = 20;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths signIn;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService tierQualification;

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Resource(name = "loyaltyRewardCatalogue")
    protected RewardCatalogue rewards;

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String area(@RequestParam(value = "page", required = false) String pageParam, Model model, Locale locale) {
        Customer customer = StorefrontCustomer.signedIn();
        if (customer == null) {
            return "redirect:" + signIn.login(PATH);
        }
        LoyaltyAccount account = memberships.findByCustomer(customer.getId());
        if (account == null) {
            return "redirect:/loyalty";
        }
        LoyaltyProgram programme = programmes.findProgramme();
        ProgrammeRules rules = programme.toRules();
        Instant now = clock.instant();
        long total = ledger.countEntries(account.getId());
        int pages = Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
        int page = Math.min(pages, parsePage(pageParam));
        ShopperFormats formats = new ShopperFormats(locale, ShopperFormats.storeCurrency(), rules.zone());
        TierProgress progress = tierQualification.progress(account.getId());
        if (progress != null) {
            Map<String, LoyaltyTier> active = new HashMap<String, LoyaltyTier>();
            for (LoyaltyTier tier : tiers.tiers()) {
                active.put(tier.getCode(), tier);
            }
            model.addAttribute("tierStatus", TierStatus.of(progress, active, formats));
        }
        model.addAttribute("memberCoupons", CouponLine.of(coupons.couponsOf(account.getId(), now), formats));
        Balance balance = ledger.balanceAt(account.getId(), now);
        model.addAttribute("rewards", RewardLine.of(rewards.catalogueFor(customer.getId()), balance.getAvailable(),
                formats));
        model.addAttribute("redemptions", RedemptionLine.of(rewards.redemptionsOf(account.getId(), 50), formats));
        model.addAttribute("member", MemberPage.builder()
                .club(programme.getName(), rules)
                .formats(formats)
                .member(account, balance, now)
                .history(ledger.historyPage(account.getId(), page - 1, PAGE_SIZE), total, page, PAGE_SIZE)
                .build());
        return VIEW;
    }

    /** Gives or withdraws consent to marketing messages. */
    @RequestMapping(value = PATH + "/consent", method = RequestMethod.POST)
    public String consent(@RequestParam(value = "marketingConsent", required = false) String consent,
                          RedirectAttributes redirect) {
        Customer customer = StorefrontCustomer.signedIn();
        if (customer == null) {
            return "redirect:" + signIn.login(PATH);
        }
        LoyaltyAccount account = memberships.changeMarketingConsent(customer.getId(), consent != null);
        if (account == null) {
            return "redirect:/loyalty";
        }
        redirect.addFlashAttribute("loyaltyNotice", account.isMarketingConsent()
                ? "loyalty.account.consent.given" : "loyalty.account.consent.withdrawn");
        return "redirect:" + PATH;
    }

    private static int parsePage(String value) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
