package io.loyaltyclub.demo.site.web;

import io.loyaltyclub.demo.payment.TestCard;
import io.loyaltyclub.demo.payment.TestCardGateway;
import io.loyaltyclub.redeeming.broadleaf.PointsPayments;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.vendor.service.exception.PaymentException;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.checkout.model.OrderInfoForm;
import org.broadleafcommerce.core.web.checkout.model.ShippingInfoForm;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One-page checkout: contact e-mail, shipping address and option, then payment with a test card. The
 * order is placed by Broadleaf's checkout workflow, which confirms the card payment with the demo's
 * test-card gateway.
 */
@Controller
@RequestMapping("/checkout")
public class CheckoutController extends BroadleafCheckoutController {

    @Resource(name = "demoCheckoutReferenceData")
    protected CheckoutReferenceData referenceData;

    @InitBinder
    protected void initBinder(HttpServletRequest request, ServletRequestDataBinder binder) throws Exception {
        super.initBinder(request, binder);
    }

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String checkout(HttpServletRequest request, HttpServletResponse response, Model model,
                           @ModelAttribute("orderInfoForm") OrderInfoForm orderInfoForm,
                           @ModelAttribute("shippingInfoForm") ShippingInfoForm shippingForm,
                           RedirectAttributes redirectAttributes) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        prefill(cart, orderInfoForm, shippingForm);
        super.checkout(request, response, model, redirectAttributes);
        return getCheckoutView();
    }

    /** The contact e-mail of the order (asked of guests; members' e-mail is filled in). */
    @RequestMapping(value = "/details", method = RequestMethod.POST)
    public String saveDetails(HttpServletRequest request, Model model,
                              @ModelAttribute("orderInfoForm") OrderInfoForm orderInfoForm, BindingResult result,
                              @ModelAttribute("shippingInfoForm") ShippingInfoForm shippingForm)
            throws ServiceException {
        if (!hasCart()) {
            return "redirect:/cart";
        }
        prefill(CartState.getCart(), null, shippingForm);
        return super.saveGlobalOrderDetails(request, model, orderInfoForm, result);
    }

    /** Pays the order with a test card and places it. */
    @RequestMapping(value = "/pay", method = RequestMethod.POST)
    public String pay(@RequestParam(value = "orderId", required = false) Long orderId,
                      @RequestParam(value = "expectedTotal", required = false) String expectedTotal,
                      @RequestParam(value = "cardNumber", required = false) String cardNumber,
                      @RequestParam(value = "cardExpiry", required = false) String cardExpiry,
                      @RequestParam(value = "cardHolder", required = false) String cardHolder,
                      RedirectAttributes redirect) throws PaymentException, PricingException {
        String alreadyPlaced = placedOrderNumber(orderId);
        if (alreadyPlaced != null) {
            // A second click on "Place order" after the first one went through.
            return getConfirmationViewRedirect(alreadyPlaced);
        }
        Order cart = CartState.getCart();
        if (!hasCart()) {
            return "redirect:/cart";
        }
        if (orderId != null && !orderId.equals(cart.getId())) {
            redirect.addFlashAttribute("checkoutError", "checkout.error.stale");
            return "redirect:/checkout";
        }
        FulfillmentGroup shipping = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        if (cart.getEmailAddress() == null || shipping == null || shipping.getAddress() == null
                || shipping.getFulfillmentOption() == null) {
            redirect.addFlashAttribute("checkoutError", "checkout.error.incomplete");
            return "redirect:/checkout";
        }
        // Price once more: what the shopper pays by card must be what the page showed them (points applied to the
        // cart are fitted to the balance and the order here).
        cart = orderService.save(cart, true);
        CartState.setCart(cart);
        if (expectedTotal != null && !sameAmount(expectedTotal, cart.getTotalAfterAppliedPayments())) {
            redirect.addFlashAttribute("checkoutError", "checkout.error.totalChanged");
            return "redirect:/checkout";
        }
        if (cart.getTotalAfterAppliedPayments().greaterThan(BigDecimal.ZERO)) {
            TestCard card = TestCard.of(cardNumber, cardExpiry, cardHolder);
            List<String> problems = card.problems(YearMonth.now());
            if (!problems.isEmpty()) {
                redirect.addFlashAttribute("paymentErrors", problems);
                redirect.addFlashAttribute("cardHolder", cardHolder);
                redirect.addFlashAttribute("cardExpiry", cardExpiry);
                return "redirect:/checkout";
            }
            addCardPayment(cart, card, shipping);
        }
        String next = processCompleteCheckoutOrderFinalized(redirect);
        if (next.equals(getCheckoutPageRedirect())) {
            redirect.addFlashAttribute("checkoutError", pointsRefused(CartState.getCart())
                    ? "checkout.error.points" : "checkout.error.declined");
        }
        return next;
    }

    /** A test-card payment of what is left to pay, replacing the card of an earlier attempt. */
    private void addCardPayment(Order cart, TestCard card, FulfillmentGroup shipping) {
        replaceCardPayments(cart);
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setPaymentGatewayType(PaymentGatewayType.getInstance(TestCardGateway.TYPE));
        payment.setAmount(cart.getTotalAfterAppliedPayments());
        payment.setBillingAddress(copy(shipping.getAddress()));
        payment.setOrder(cart);
        PaymentTransaction transaction = orderPaymentService.createTransaction();
        transaction.setType(PaymentTransactionType.UNCONFIRMED);
        transaction.setAmount(cart.getTotalAfterAppliedPayments());
        transaction.setRawResponse("Test card entered at checkout");
        transaction.getAdditionalFields().put(TestCardGateway.LAST_FOUR, card.lastFour());
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orderService.addPaymentToOrder(cart, payment, null);
    }

    /** Whether the club refused the cart's points when the order was being placed (spent elsewhere meanwhile). */
    private static boolean pointsRefused(Order cart) {
        if (cart == null) {
            return false;
        }
        for (OrderPayment payment : cart.getPayments()) {
            if (payment.isActive() && PointsPayments.isPointsPayment(payment)) {
                for (PaymentTransaction transaction : payment.getTransactions()) {
                    if (!PaymentTransactionType.UNCONFIRMED.equals(transaction.getType())
                            && Boolean.FALSE.equals(transaction.getSuccess())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean sameAmount(String shown, Money now) {
        try {
            return new BigDecimal(shown).compareTo(now.getAmount()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void prefill(Order cart, OrderInfoForm orderInfoForm, ShippingInfoForm shippingForm) {
        Customer customer = CustomerState.getCustomer();
        if (orderInfoForm != null) {
            orderInfoForm.setEmailAddress(cart.getEmailAddress() != null ? cart.getEmailAddress()
                    : customer != null && customer.isRegistered() ? customer.getEmailAddress() : null);
        }
        FulfillmentGroup shipping = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        if (shipping != null && shipping.getAddress() != null && shippingForm.getAddress().getAddressLine1() == null) {
            shippingForm.setAddress(shipping.getAddress());
            if (shipping.getFulfillmentOption() != null) {
                shippingForm.setFulfillmentOptionId(shipping.getFulfillmentOption().getId());
            }
        } else if (customer != null && customer.isRegistered() && shippingForm.getAddress().getFirstName() == null) {
            shippingForm.getAddress().setFirstName(customer.getFirstName());
            shippingForm.getAddress().setLastName(customer.getLastName());
        }
    }

    @Override
    protected void populateModelWithReferenceData(HttpServletRequest request, Model model) {
        super.populateModelWithReferenceData(request, model);
        referenceData.addTo(model);
        Order cart = CartState.getCart();
        model.addAttribute("nothingLeftToPay", cart != null && cart.getTotalAfterAppliedPayments() != null
                && cart.getTotal() != null && cart.getTotal().greaterThan(BigDecimal.ZERO)
                && !cart.getTotalAfterAppliedPayments().greaterThan(BigDecimal.ZERO));
    }

    /** A retry after a declined card replaces the earlier card payment. */
    private void replaceCardPayments(Order cart) {
        List<OrderPayment> stale = new ArrayList<OrderPayment>();
        for (OrderPayment payment : cart.getPayments()) {
            if (payment.isActive() && PaymentType.CREDIT_CARD.equals(payment.getType())) {
                stale.add(payment);
            }
        }
        for (OrderPayment payment : stale) {
            cart.getPayments().remove(payment);
            if (paymentGatewayCheckoutService != null) {
                paymentGatewayCheckoutService.markPaymentAsInvalid(payment.getId());
            }
        }
    }

    /** The number of the order with this id when it is this shopper's and already placed. */
    private String placedOrderNumber(Long orderId) {
        if (orderId == null) {
            return null;
        }
        Order order = orderService.findOrderById(orderId);
        Customer customer = CustomerState.getCustomer();
        if (order != null && customer != null && order.getCustomer() != null
                && order.getCustomer().getId().equals(customer.getId())
                && OrderStatus.SUBMITTED.equals(order.getStatus())) {
            return order.getOrderNumber();
        }
        return null;
    }

    private Address copy(Address from) {
        Address to = addressService.create();
        to.setFirstName(from.getFirstName());
        to.setLastName(from.getLastName());
        to.setAddressLine1(from.getAddressLine1());
        to.setAddressLine2(from.getAddressLine2());
        to.setCity(from.getCity());
        to.setState(from.getState());
        to.setPostalCode(from.getPostalCode());
        to.setCountry(from.getCountry());
        to.setPrimaryPhone(from.getPrimaryPhone());
        return to;
    }

    private static boolean hasCart() {
        Order cart = CartState.getCart();
        return cart != null && !(cart instanceof NullOrderImpl) && !cart.getOrderItems().isEmpty();
    }
}
