package io.loyaltyclub.admin.coupon.web;

import io.loyaltyclub.admin.coupon.OfferTierPermissions;
import io.loyaltyclub.coupon.service.TierOffers;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * Which club tiers may use an offer (Marketing &gt; Offers &gt; an offer &gt; Club tiers), at {@code /offer/{id}/tiers}:
 * everybody, or members of a chosen tier and above. Rendered within the Offers section; the permission is checked
 * here on every request.
 */
@Controller("loyaltyAdminOfferTiersController")
@RequestMapping("/" + AdminOfferTiersController.SECTION + "/{offerId}/tiers")
public class AdminOfferTiersController extends AdminAbstractController {

    /** Broadleaf's Offers section (its URL in BLC_ADMIN_SECTION); the page belongs to it. */
    public static final String SECTION = "offer";
    /** The choice "everybody" of the form. */
    public static final String EVERYBODY = "";
    static final String VIEW = "loyalty/offerTiers";

    static final String NOT_ALLOWED = "You may not limit offers to club tiers. An administrator can grant the "
            + "\"Limit Offers to Club Tiers\" permission in Security > Role Management.";

    @Resource(name = "loyaltyTierOffers")
    protected TierOffers tierOffers;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "blOfferDao")
    protected OfferDao offers;

    @Resource(name = "loyaltyOfferTierPermissions")
    protected OfferTierPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String view(HttpServletResponse response, Model model, @PathVariable("offerId") String offerId) {
        Offer offer = offer(offerId);
        if (offer == null) {
            return withoutPage(response, model, HttpServletResponse.SC_NOT_FOUND, "There is no offer " + offerId + ".");
        }
        if (!permissions.mayLimit(adminRemoteSecurityService.getPersistentAdminUser())) {
            return withoutPage(response, model, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED);
        }
        return show(model, offer, null);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String save(HttpServletResponse response, Model model, @PathVariable("offerId") String offerId,
                       @RequestParam(value = "tier", required = false) String tierCode, RedirectAttributes redirect) {
        Offer offer = offer(offerId);
        if (offer == null) {
            return withoutPage(response, model, HttpServletResponse.SC_NOT_FOUND, "There is no offer " + offerId + ".");
        }
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        if (!permissions.mayLimit(admin)) {
            return withoutPage(response, model, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED);
        }
        String code = tierCode == null || tierCode.trim().isEmpty() ? null : tierCode.trim();
        LoyaltyTier tier = code == null ? null : tiers.findTier(code);
        if (code != null && (tier == null || !tier.isActive())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, offer, "There is no active tier " + code + ": choose one of the list. Nothing was changed.");
        }
        tierOffers.limit(offer.getId(), code, admin.getLogin());
        redirect.addFlashAttribute("loyaltyNotice", tier == null
                ? "The offer is open to every shopper again."
                : "The offer is now for club members at " + tier.getName() + " level and above.");
        return "redirect:/" + SECTION + "/" + offer.getId() + "/tiers";
    }

    private String show(Model model, Offer offer, String alert) {
        setModelAttributes(model, SECTION);
        model.addAttribute("offer", offer);
        model.addAttribute("tiers", tiers.tiers());
        LoyaltyTier required = tierOffers.requiredTier(offer.getId());
        model.addAttribute("requiredTier", required == null ? EVERYBODY : required.getCode());
        if (alert != null) {
            model.addAttribute("loyaltyAlert", alert);
        }
        return VIEW;
    }

    private String withoutPage(HttpServletResponse response, Model model, int status, String message) {
        response.setStatus(status);
        setModelAttributes(model, SECTION);
        model.addAttribute("loyaltyAlert", message);
        return VIEW;
    }

    private Offer offer(String offerId) {
        try {
            return offers.readOfferById(Long.parseLong(offerId.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
