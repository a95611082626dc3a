package io.loyaltyclub.demo.site.web;

import io.loyaltyclub.access.service.EarlyAccessException;
import io.loyaltyclub.access.service.EarlyAccessRefusal;
import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.coupon.service.OfferRefusal;
import io.loyaltyclub.coupon.service.TierOffers;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.tier.domain.TierRequirement;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.ZoneOffset;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The cart: add, change quantity, remove, apply and remove a coupon code. Every change is a POST followed
 * by a redirect, so reloading the cart never repeats it; problems come back as translated messages.
 */
@Controller
@RequestMapping("/cart")
public class CartController extends BroadleafCartController {

    @Resource(name = "loyaltyTierOffers")
    protected TierOffers tierOffers;

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons memberCoupons;

    /** The largest quantity of one item in a cart line. */
    static final int MAX_QUANTITY = 99;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String cart(HttpServletRequest request, HttpServletResponse response, Model model) throws PricingException {
        return super.cart(request, response, model);
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String add(HttpServletRequest request, HttpServletResponse response, Model model,
                      @ModelAttribute("addToCartItem") AddToCartItem item, RedirectAttributes flash)
            throws IOException, PricingException {
        if (item.getQuantity() < 1 || item.getQuantity() > MAX_QUANTITY) {
            flash.addFlashAttribute("cartError", "cart.error.quantity");
            return "redirect:/cart";
        }
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            cart = orderService.createNewCartForCustomer(CustomerState.getCustomer(request));
        }
        int alreadyInCart = quantityInCart(cart, item);
        if (alreadyInCart + item.getQuantity() > MAX_QUANTITY) {
            flash.addFlashAttribute("cartError", "cart.error.quantity");
            return "redirect:/cart";
        }
        try {
            updateCartService.validateCart(cart);
            cart = orderService.addItem(cart.getId(), item, false);
            orderService.save(cart, true);
            flash.addFlashAttribute("cartMessage", "cart.added");
        } catch (AddToCartException e) {
            EarlyAccessRefusal earlyAccess = EarlyAccessException.findIn(e);
            if (earlyAccess != null) {
                // A members' preview: for a tier until its launch (a direct post as well as the product page's form).
                flash.addFlashAttribute("cartError", "loyalty.earlyAccess.cartRefused");
                flash.addFlashAttribute("cartErrorArgs", new Object[] {earlyAccess.getTierName(),
                        ShopperFormats.ofRequest(ZoneOffset.UTC).day(earlyAccess.getLaunchDay())});
            } else {
                flash.addFlashAttribute("cartError", "cart.error.unavailable");
            }
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/updateQuantity", method = RequestMethod.POST)
    public String updateQuantity(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @ModelAttribute("addToCartItem") AddToCartItem item, RedirectAttributes flash)
            throws IOException, PricingException {
        if (item.getQuantity() < 0 || item.getQuantity() > MAX_QUANTITY) {
            flash.addFlashAttribute("cartError", "cart.error.quantity");
            return "redirect:/cart";
        }
        if (!ownsItem(item.getOrderItemId())) {
            flash.addFlashAttribute("cartError", "cart.error.stale");
            return "redirect:/cart";
        }
        try {
            Order cart = orderService.updateItemQuantity(CartState.getCart().getId(), item, true);
            orderService.save(cart, false);
        } catch (UpdateCartException | RemoveFromCartException e) {
            flash.addFlashAttribute("cartError", "cart.error.stale");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String remove(HttpServletRequest request, HttpServletResponse response, Model model,
                         @ModelAttribute("addToCartItem") AddToCartItem item, RedirectAttributes flash)
            throws IOException, PricingException {
        if (!ownsItem(item.getOrderItemId())) {
            // Already removed, say by a double click or another tab: nothing left to do.
            return "redirect:/cart";
        }
        try {
            Order cart = orderService.removeItem(CartState.getCart().getId(), item.getOrderItemId(), false);
            orderService.save(cart, true);
        } catch (RemoveFromCartException e) {
            flash.addFlashAttribute("cartError", "cart.error.stale");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/promo", method = RequestMethod.POST)
    public String applyCode(@RequestParam("promoCode") String code, RedirectAttributes flash) throws PricingException {
        Order cart = CartState.getCart();
        String trimmed = code == null ? "" : code.trim();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            flash.addFlashAttribute("promoError", "promo.error.emptyCart");
            return "redirect:/cart";
        }
        OfferCode offerCode = lookUp(trimmed);
        if (offerCode == null) {
            flash.addFlashAttribute("promoError", "promo.error.unknown");
            flash.addFlashAttribute("promoCode", trimmed);
            return "redirect:/cart";
        }
        for (OfferCode applied : cart.getAddedOfferCodes()) {
            if (applied.getId().equals(offerCode.getId())) {
                flash.addFlashAttribute("promoError", "promo.error.alreadyApplied");
                return "redirect:/cart";
            }
        }
        // A member's own coupon from the club: nobody else may use it (pricing would drop it anyway).
        String notYours = memberCoupons.refusalFor(offerCode, cart.getCustomer());
        if (notYours != null) {
            flash.addFlashAttribute("promoError", notYours);
            flash.addFlashAttribute("promoCode", trimmed);
            return "redirect:/cart";
        }
        // A code of an offer limited to a club tier: say why this shopper cannot use it (pricing would drop it anyway).
        OfferRefusal refusal = tierOffers.refusalFor(offerCode.getOffer(), cart.getCustomer());
        if (refusal != null) {
            flash.addFlashAttribute("promoError", refusal.getMessageKey());
            flash.addFlashAttribute("promoErrorArgs", refusal.getMessageArguments());
            flash.addFlashAttribute("promoJoin", refusal.getWhy() == TierRequirement.Why.NOT_A_MEMBER);
            flash.addFlashAttribute("promoCode", trimmed);
            return "redirect:/cart";
        }
        try {
            orderService.addOfferCode(cart, offerCode, false);
            orderService.save(cart, true);
            flash.addFlashAttribute("promoMessage", "promo.applied");
        } catch (OfferMaxUseExceededException e) {
            flash.addFlashAttribute("promoError", "promo.error.used");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/promo/remove", method = RequestMethod.POST)
    public String removeCode(@RequestParam("offerCodeId") Long offerCodeId) throws PricingException {
        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl)) {
            for (OfferCode applied : cart.getAddedOfferCodes()) {
                if (applied.getId().equals(offerCodeId)) {
                    orderService.removeOfferCode(cart, applied, true);
                    break;
                }
            }
        }
        return "redirect:/cart";
    }

    /** Shoppers type codes in any case: an exact match first, then the code in capitals. */
    private OfferCode lookUp(String code) {
        if (code.isEmpty()) {
            return null;
        }
        OfferCode exact = offerService.lookupOfferCodeByCode(code);
        return exact != null ? exact : offerService.lookupOfferCodeByCode(code.toUpperCase(java.util.Locale.ROOT));
    }

    private static int quantityInCart(Order cart, AddToCartItem item) {
        int quantity = 0;
        for (OrderItem line : cart.getOrderItems()) {
            if (line instanceof DiscreteOrderItem) {
                DiscreteOrderItem discrete =
                        (DiscreteOrderItem) line;
                if (discrete.getProduct() != null && discrete.getProduct().getId().equals(item.getProductId())) {
                    quantity += line.getQuantity();
                }
            }
        }
        return quantity;
    }

    /** Whether the shopper's cart holds this line (a stale form or another tab may have removed it). */
    private static boolean ownsItem(Long orderItemId) {
        Order cart = CartState.getCart();
        if (orderItemId == null || cart == null || cart instanceof NullOrderImpl) {
            return false;
        }
        for (OrderItem line : cart.getOrderItems()) {
            if (orderItemId.equals(line.getId())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String getCartView() {
        return "cart/cart";
    }
}
