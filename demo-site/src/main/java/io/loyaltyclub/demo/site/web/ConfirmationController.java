package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.core.web.controller.checkout.BroadleafOrderConfirmationController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The thank-you page of a placed order; only its customer sees it.
 */
@Controller
public class ConfirmationController extends BroadleafOrderConfirmationController {

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model,
                               HttpServletRequest request, HttpServletResponse response) {
        String view = displayOrderConfirmationByOrderNumber(orderNumber, model, request, response);
        if (view == null) {
            throw new PageNotFound();
        }
        return view;
    }
}
