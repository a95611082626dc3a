package io.loyaltyclub.reward.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.reward.domain.RewardRefusal;
import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;
import io.loyaltyclub.reward.service.Redeemed;
import io.loyaltyclub.reward.service.RewardCatalogue;
import io.loyaltyclub.reward.service.RewardRefusedException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import javax.annotation.Resource;

/**
 * Redeeming a reward of the catalogue from the members' area (loyalty spec, sections 4 and 9): a post with the
 * form's one-time token and the cost it showed. The answer is a message on the members' area: the code of a coupon,
 * the invitation, or why nothing was redeemed.
 */
@Controller("loyaltyRewardsController")
public class RewardsController {

    static final String AREA = "/account/loyalty";
    static final String ANCHOR = "#lc-rewards-title";

    @Resource(name = "loyaltyRewardCatalogue")
    protected RewardCatalogue catalogue;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths signIn;

    @RequestMapping(value = AREA + "/rewards/{rewardId}/redeem", method = RequestMethod.POST)
    public String redeem(@PathVariable("rewardId") long rewardId,
                         @RequestParam(value = "token", required = false) String token,
                         @RequestParam(value = "cost", required = false) String cost,
                         RedirectAttributes redirect) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isRegistered() || customer.getId() == null) {
            return "redirect:" + signIn.login(AREA);
        }
        ShopperFormats formats = ShopperFormats.ofRequest(programmes.findProgramme().toRules().zone());
        try {
            Redeemed redeemed = catalogue.redeem(customer.getId(), rewardId, costShown(cost), token);
            RewardRedemptionImpl redemption = redeemed.getRedemption();
            String outcome = redemption.getCouponCode() != null ? "coupon" : "invitation";
            notice(redirect, false, "loyalty.reward.redeemed." + outcome + (redeemed.isReplayed() ? ".again" : ""),
                    redemption.getTitle(), formats.points(redemption.getPoints()),
                    redemption.getCouponCode() == null ? "" : redemption.getCouponCode());
        } catch (RewardRefusedException e) {
            notice(redirect, true, e.getRefusal().messageKey(), argumentsOf(e, formats));
        }
        return "redirect:" + AREA + ANCHOR;
    }

    /** The cost the form showed; a form without one, or with something else, is not a form of the members' area. */
    private static Long costShown(String cost) {
        try {
            return Long.valueOf(cost == null ? "" : cost.trim());
        } catch (NumberFormatException e) {
            throw new RewardRefusedException(RewardRefusal.STALE_FORM);
        }
    }

    private static String[] argumentsOf(RewardRefusedException e, ShopperFormats formats) {
        Object[] arguments = e.getArguments();
        if (e.getRefusal() == RewardRefusal.NOT_ENOUGH_POINTS && arguments.length == 2) {
            return new String[]{formats.points((Long) arguments[0]), formats.points((Long) arguments[1])};
        }
        String[] texts = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof Instant ? formats.date((Instant) arguments[i])
                    : String.valueOf(arguments[i]);
        }
        return texts;
    }

    private static void notice(RedirectAttributes redirect, boolean refused, String key, String... arguments) {
        redirect.addFlashAttribute("rewardNotice", key);
        redirect.addFlashAttribute("rewardNoticeArgs", arguments);
        redirect.addFlashAttribute("rewardRefused", refused);
    }
}
