package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.account.BroadleafOrderHistoryController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;

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
            throw new OrderNotFound();
        }
        model.addAttribute("order", order);
        return "account/order";
    }

    /** Another customer's order, or no order at all: both look the same to the shopper. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class OrderNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
