package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.account.BroadleafOrderHistoryController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;

/**
 * The shopper's account: their details and order history, and each order's details. Only the customer
 * who placed an order can see it.
 */
@Controller
@RequestMapping("/account")
public class AccountController extends BroadleafOrderHistoryController {

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String account(HttpServletRequest request, Model model) {
        super.viewOrderHistory(request, model);
        return "account/account";
    }

    @RequestMapping(value = "/orders/{orderNumber}", method = RequestMethod.GET)
    public String order(HttpServletRequest request, Model model, @PathVariable("orderNumber") String orderNumber) {
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer customer = CustomerState.getCustomer();
        if (order == null || customer == null || order.getCustomer() == null
                || !order.getCustomer().getId().equals(customer.getId())) {
            throw new PageNotFound();
        }
        model.addAttribute("order", order);
        return "account/order";
    }
}
