package io.loyaltyclub.admin.returns;

import io.loyaltyclub.admin.web.LoyaltyPageButton;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * A "Cancel / return" button in the action bar of an order's screen (Customer Care &gt; Orders &gt; an order), for
 * admins who may see cancellations and returns. It opens the order's returns page ({@code /order/{id}/returns}).
 */
@Component("loyaltyOrderReturnsButton")
public class OrderReturnsButton extends LoyaltyPageButton {

    /** The button's own CSS class. */
    public static final String BUTTON_CLASS = "loyalty-order-returns";
    /** The button's label: a key of LoyaltyAdminMessages. */
    public static final String LABEL = "LoyaltyOrderReturnsButton";

    @Resource(name = "loyaltyOrderReturnPermissions")
    protected OrderReturnPermissions permissions;

    @Override
    protected boolean isFor(String ceilingEntity) {
        return Order.class.getName().equals(ceilingEntity) || OrderImpl.class.getName().equals(ceilingEntity);
    }

    @Override
    protected boolean mayUse(AdminUser admin) {
        return permissions.mayView(admin);
    }

    @Override
    protected String actionId() {
        return "LOYALTY_RETURNS";
    }

    @Override
    protected String buttonClass() {
        return BUTTON_CLASS;
    }

    @Override
    protected String iconClass() {
        return "icon-undo";
    }

    @Override
    protected String label() {
        return LABEL;
    }

    @Override
    protected String page() {
        return "returns";
    }
}
