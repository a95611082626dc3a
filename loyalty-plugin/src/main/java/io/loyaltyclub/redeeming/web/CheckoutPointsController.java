package io.loyaltyclub.redeeming.web;

import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.redeeming.service.PointsPaymentService;
import io.loyaltyclub.redeeming.service.PointsRefusedException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The checkout's points panel: apply a number of points to the cart, or remove them, then back to the checkout
 * page with what happened. A form for a cart that is no longer the shopper's (placed, or replaced in another tab)
 * changes nothing.
 */
@Controller("loyaltyCheckoutPointsController")
public class CheckoutPointsController {

    static final String PATH = "/loyalty/checkout/points";

    @Resource(name = "loyaltyPointsPaymentService")
    protected PointsPaymentService pointsPayments;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths paths;

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String apply(@RequestParam(value = "cartId", required = false) Long cartId,
                        @RequestParam(value = "points", required = false) String points,
                        RedirectAttributes redirect) {
        Order cart = currentCart(cartId);
        if (cart == null) {
            return refused(redirect, PointsRefusedException.Why.CART_CHANGED);
        }
        long wanted;
        try {
            wanted = Long.parseLong(points == null ? "" : points.trim().replace(",", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("loyaltyPointsError", "loyalty.checkout.error.NOT_A_NUMBER");
            return "redirect:" + paths.checkout();
        }
        Customer customer = CustomerState.getCustomer();
        try {
            pointsPayments.apply(cart, customer, wanted);
            redirect.addFlashAttribute("loyaltyPointsNotice", "loyalty.checkout.applied");
        } catch (PointsRefusedException e) {
            return refused(redirect, e.getWhy());
        }
        return "redirect:" + paths.checkout();
    }

    @RequestMapping(value = PATH + "/remove", method = RequestMethod.POST)
    public String remove(@RequestParam(value = "cartId", required = false) Long cartId, RedirectAttributes redirect) {
        Order cart = currentCart(cartId);
        if (cart == null) {
            return refused(redirect, PointsRefusedException.Why.CART_CHANGED);
        }
        pointsPayments.remove(cart);
        redirect.addFlashAttribute("loyaltyPointsNotice", "loyalty.checkout.removed");
        return "redirect:" + paths.checkout();
    }

    /** The shopper's cart, when the form was for it. */
    private static Order currentCart(Long cartId) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getId() == null || !cart.getId().equals(cartId)) {
            return null;
        }
        return cart;
    }

    private String refused(RedirectAttributes redirect, PointsRefusedException.Why why) {
        redirect.addFlashAttribute("loyaltyPointsError", "loyalty.checkout.error." + why.name());
        return "redirect:" + paths.checkout();
    }
}
