package io.loyaltyclub.admin.pricing;

import io.loyaltyclub.admin.earning.EarningFormDefaults;
import io.loyaltyclub.pricing.persistence.MemberPriceRule;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * A new member price starts active and not for the whole catalogue (Broadleaf 3.1's add forms leave yes/no fields
 * unanswered, which would fail the first save with "This field is required").
 */
@Component("loyaltyMemberPriceFormDefaults")
public class MemberPriceFormDefaults extends AbstractFormBuilderExtensionHandler {

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyUnpopulatedEntityForm(EntityForm form) {
        if (!MemberPriceRule.class.getName().equals(form.getCeilingEntityClassname())) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        EarningFormDefaults.answer(form, "active", "true");
        EarningFormDefaults.answer(form, "wholeCatalogue", "false");
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
