package io.loyaltyclub.admin.web;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.EntityFormAction;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * A button of the Loyalty module in the action bar of a Broadleaf entity screen (beside Delete and Save) that
 * opens a page of ours below the entity, like {@code /customer/42/loyalty}; {@code loyalty-admin.js} follows it.
 * Registered with Broadleaf's {@code blFormBuilderExtensionManager}; shown only on saved entities of the right
 * kind, to admins who may use the page.
 */
public abstract class LoyaltyPageButton extends AbstractFormBuilderExtensionHandler {

    /** The CSS class every such button has; the script listens to it. */
    public static final String LINK_CLASS = "loyalty-page-link";

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier adminSecurity;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType addAdditionalFormActions(EntityForm form) {
        if (!isSaved(form) || !isFor(form.getCeilingEntityClassname())
                || !mayUse(adminSecurity.getPersistentAdminUser())) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addAction(0, new EntityFormAction(actionId())
                .withButtonClass(LINK_CLASS + " " + buttonClass())
                .withIconClass(iconClass())
                .withDisplayText(label())
                .withUrlPostfix("/" + form.getId() + "/" + page()));
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    /** Whether the screen's entity (its ceiling class name) gets the button. */
    protected abstract boolean isFor(String ceilingEntity);

    protected abstract boolean mayUse(AdminUser admin);

    protected abstract String actionId();

    /** The button's own CSS class, besides {@link #LINK_CLASS}. */
    protected abstract String buttonClass();

    protected abstract String iconClass();

    /** The button's label: a key of LoyaltyAdminMessages. */
    protected abstract String label();

    /** The page's path below the entity, like {@code loyalty}. */
    protected abstract String page();

    static boolean isSaved(EntityForm form) {
        return form.getId() != null && !form.getId().trim().isEmpty();
    }
}
