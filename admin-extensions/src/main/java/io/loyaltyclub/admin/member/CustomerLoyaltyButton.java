package io.loyaltyclub.admin.member;

import io.loyaltyclub.admin.web.LoyaltyPageButton;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * A "Loyalty" button in the action bar of a customer's screen (Customer Care &gt; Customers &gt; a customer), for
 * admins who may see memberships. It opens the customer's loyalty panel ({@code /customer/{id}/loyalty}).
 */
@Component("loyaltyCustomerLoyaltyButton")
public class CustomerLoyaltyButton extends LoyaltyPageButton {

    /** The button's own CSS class. */
    public static final String BUTTON_CLASS = "loyalty-customer-panel";
    /** The button's label: a key of LoyaltyAdminMessages. */
    public static final String LABEL = "LoyaltyCustomerPanelButton";

    @Resource(name = "loyaltyMemberServicingPermissions")
    protected MemberServicingPermissions permissions;

    @Override
    protected boolean isFor(String ceilingEntity) {
        return Customer.class.getName().equals(ceilingEntity) || CustomerImpl.class.getName().equals(ceilingEntity);
    }

    @Override
    protected boolean mayUse(AdminUser admin) {
        return permissions.mayView(admin);
    }

    @Override
    protected String actionId() {
        return "LOYALTY";
    }

    @Override
    protected String buttonClass() {
        return BUTTON_CLASS;
    }

    @Override
    protected String iconClass() {
        return "icon-star";
    }

    @Override
    protected String label() {
        return LABEL;
    }

    @Override
    protected String page() {
        return "loyalty";
    }
}
