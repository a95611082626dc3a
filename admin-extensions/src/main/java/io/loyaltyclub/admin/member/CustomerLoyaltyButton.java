package io.loyaltyclub.admin.member;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * A "Loyalty" button in the action bar of a customer's screen (Customer Care &gt; Customers &gt; a customer), beside
 * Delete and Save, for admins who may see memberships. It opens the customer's loyalty panel
 * ({@code /customer/{id}/loyalty}); {@code extensions/js/loyalty/customer-loyalty.js} follows it.
 * Registered with Broadleaf's {@code blFormBuilderExtensionManager}.
 */
@Component("loyaltyCustomerLoyaltyButton")
public class CustomerLoyaltyButton extends AbstractFormBuilderExtensionHandler {

    /** The button's CSS class, which the admin script listens to. */
    public static final String BUTTON_CLASS = "loyalty-customer-panel";
    /** The button's label: a key of LoyaltyAdminMessages. */
    public static final String LABEL = "LoyaltyCustomerPanelButton";

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier adminSecurity;

    @Resource(name = "loyaltyMemberServicingPermissions")
    protected MemberServicingPermissions permissions;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType addAdditionalFormActions(EntityForm form) {
        if (!isSavedCustomer(form) || !permissions.mayView(adminSecurity.getPersistentAdminUser())) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addAction(0, new EntityFormAction("LOYALTY")
                .withButtonClass(BUTTON_CLASS)
                .withIconClass("icon-star")
                .withDisplayText(LABEL)
                .withUrlPostfix("/" + form.getId() + "/loyalty"));
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    static boolean isSavedCustomer(EntityForm form) {
        String ceiling = form.getCeilingEntityClassname();
        boolean customer = Customer.class.getName().equals(ceiling) || CustomerImpl.class.getName().equals(ceiling);
        return customer && form.getId() != null && !form.getId().trim().isEmpty();
    }
}
