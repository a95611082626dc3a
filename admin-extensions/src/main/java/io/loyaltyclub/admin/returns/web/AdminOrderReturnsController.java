package io.loyaltyclub.admin.returns.web;

import io.loyaltyclub.admin.returns.OrderReturnDesk;
import io.loyaltyclub.admin.returns.OrderReturnForm;
import io.loyaltyclub.admin.returns.OrderReturnPermissions;
import io.loyaltyclub.admin.returns.OrderReturnsPage;
import io.loyaltyclub.admin.returns.ReturnOutcome;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Collections;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * An order's cancellations and returns in the admin (Customer Care &gt; Orders &gt; an order &gt; Cancel / return),
 * at {@code /order/{id}/returns}: the order's lines with what came back so far, "Cancel the order", "Return lines",
 * what each did to the customer's points, and the history. Rendered within the Orders section; permissions
 * checked here on every request.
 */
@Controller("loyaltyAdminOrderReturnsController")
@RequestMapping("/" + AdminOrderReturnsController.SECTION + "/{orderId}/returns")
public class AdminOrderReturnsController extends AdminAbstractController {

    /** Broadleaf's Orders section (its URL in BLC_ADMIN_SECTION); the page belongs to it. */
    public static final String SECTION = "order";
    static final String VIEW = "loyalty/orderReturns";

    static final String NOT_ALLOWED_TO_VIEW = "You may not see orders' cancellations and returns. An administrator "
            + "can grant the \"Cancel and Return Orders\" permission in Security > Role Management.";
    static final String NOT_ALLOWED_TO_RETURN = "You may not cancel or return orders, so nothing was changed. An "
            + "administrator can grant the \"Cancel and Return Orders\" permission in Security > Role Management.";

    @Resource(name = "loyaltyOrderReturnDesk")
    protected OrderReturnDesk desk;

    @Resource(name = "loyaltyOrderReturnPermissions")
    protected OrderReturnPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String viewReturns(HttpServletResponse response, Model model, @PathVariable("orderId") String orderId) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        OrderReturnsPage page = page(orderId);
        if (page == null) {
            return withoutPage(response, model, HttpServletResponse.SC_NOT_FOUND, "There is no order " + orderId + ".");
        }
        if (!permissions.mayView(admin)) {
            return withoutPage(response, model, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED_TO_VIEW);
        }
        return show(model, page, admin, null, Collections.<String, String>emptyMap(), null, null);
    }

    /** What a form of the page asks for. */
    private enum Action {
        CANCEL, RETURN, END_WINDOW
    }

    @RequestMapping(value = "/cancel", method = RequestMethod.POST)
    public String cancel(HttpServletRequest request, HttpServletResponse response, Model model,
                         @PathVariable("orderId") String orderId, RedirectAttributes redirect) {
        return act(request, response, model, orderId, redirect, Action.CANCEL);
    }

    @RequestMapping(value = "/return", method = RequestMethod.POST)
    public String returnLines(HttpServletRequest request, HttpServletResponse response, Model model,
                              @PathVariable("orderId") String orderId, RedirectAttributes redirect) {
        return act(request, response, model, orderId, redirect, Action.RETURN);
    }

    /** "End the return window now": the order counts as past its pending period from now on. */
    @RequestMapping(value = "/end-window", method = RequestMethod.POST)
    public String endReturnWindow(HttpServletRequest request, HttpServletResponse response, Model model,
                                  @PathVariable("orderId") String orderId, RedirectAttributes redirect) {
        return act(request, response, model, orderId, redirect, Action.END_WINDOW);
    }

    private String act(HttpServletRequest request, HttpServletResponse response, Model model, String orderId,
                       RedirectAttributes redirect, Action action) {
        AdminUser admin = adminRemoteSecurityService.getPersistentAdminUser();
        OrderReturnsPage page = page(orderId);
        if (page == null) {
            return withoutPage(response, model, HttpServletResponse.SC_NOT_FOUND, "There is no order " + orderId + ".");
        }
        if (!permissions.mayView(admin)) {
            return withoutPage(response, model, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED_TO_VIEW);
        }
        OrderReturnForm form = OrderReturnForm.of(request.getParameterMap());
        if (!permissions.mayReturn(admin)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, page, admin, null, Collections.<String, String>emptyMap(), null, NOT_ALLOWED_TO_RETURN);
        }
        ReturnOutcome outcome;
        if (action == Action.CANCEL) {
            outcome = desk.cancel(page, form, admin.getLogin());
        } else if (action == Action.RETURN) {
            outcome = desk.returnLines(page, form, admin.getLogin());
        } else {
            outcome = desk.endReturnWindow(page, form, admin.getLogin());
        }
        if (outcome.isRecorded()) {
            redirect.addFlashAttribute("loyaltyNotice", outcome.message());
            return "redirect:/" + SECTION + "/" + page.getOrderId() + "/returns";
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        OrderReturnsPage now = desk.read(page.getOrderId());
        if (outcome.getKind() == ReturnOutcome.Kind.STALE) {
            return show(model, now, admin, null, Collections.<String, String>emptyMap(), null, outcome.message());
        }
        if (action == Action.END_WINDOW) {
            return show(model, now, admin, null, Collections.<String, String>emptyMap(), form, outcome.getProblems(),
                    outcome.message());
        }
        return show(model, now, admin, action == Action.CANCEL ? null : form, outcome.getProblems(), null,
                outcome.message());
    }

    private String show(Model model, OrderReturnsPage page, AdminUser admin, OrderReturnForm returnForm,
                        Map<String, String> problems, OrderReturnForm windowForm, String alert) {
        return show(model, page, admin, returnForm, problems, windowForm, Collections.<String, String>emptyMap(),
                alert);
    }

    /**
     * @param returnForm the return form as the admin sent it, to show again with its problems; null for a fresh one
     * @param windowForm the "End the return window now" form as sent, to show again with {@code windowProblems}
     */
    private String show(Model model, OrderReturnsPage page, AdminUser admin, OrderReturnForm returnForm,
                        Map<String, String> problems, OrderReturnForm windowForm, Map<String, String> windowProblems,
                        String alert) {
        setModelAttributes(model, SECTION);
        model.addAttribute("page", page);
        model.addAttribute("mayReturn", permissions.mayReturn(admin));
        model.addAttribute("cancelForm", OrderReturnForm.blank(page.getActions()));
        OrderReturnForm freshWindow = OrderReturnForm.blank(page.getActions());
        if (windowForm != null) {
            freshWindow.setNote(windowForm.getNote());
        }
        model.addAttribute("windowForm", freshWindow);
        model.addAttribute("windowProblems", windowProblems);
        OrderReturnForm fresh = OrderReturnForm.blank(page.getActions());
        if (returnForm != null) {
            fresh.setNote(returnForm.getNote());
            for (io.loyaltyclub.admin.returns.OrderLineRow line : page.getLines()) {
                fresh.setQuantity(line.getItemId(), returnForm.quantityOf(line.getItemId()));
            }
        }
        model.addAttribute("returnForm", fresh);
        model.addAttribute("problems", problems);
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

    private OrderReturnsPage page(String orderId) {
        try {
            return desk.read(Long.parseLong(orderId.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
