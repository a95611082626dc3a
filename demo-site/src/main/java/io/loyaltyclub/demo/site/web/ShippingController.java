package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.checkout.model.OrderInfoForm;
import org.broadleafcommerce.core.web.checkout.model.ShippingInfoForm;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafShippingInfoController;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The checkout's shipping step: address and shipping option (Broadleaf's single-ship form).
 */
@Controller
@RequestMapping("/checkout/shipping")
public class ShippingController extends BroadleafShippingInfoController {

    @Resource(name = "demoCheckoutReferenceData")
    protected CheckoutReferenceData referenceData;

    @InitBinder
    protected void initBinder(HttpServletRequest request, ServletRequestDataBinder binder) throws Exception {
        super.initBinder(request, binder);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String saveShipping(HttpServletRequest request, HttpServletResponse response, Model model,
                               @ModelAttribute("shippingInfoForm") ShippingInfoForm shippingForm, BindingResult result)
            throws PricingException, ServiceException {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        String view = saveSingleShip(request, response, model, shippingForm, result);
        if (result.hasErrors()) {
            OrderInfoForm orderInfoForm = new OrderInfoForm();
            orderInfoForm.setEmailAddress(cart.getEmailAddress());
            model.addAttribute("orderInfoForm", orderInfoForm);
            referenceData.addTo(model);
        }
        return view;
    }
}
