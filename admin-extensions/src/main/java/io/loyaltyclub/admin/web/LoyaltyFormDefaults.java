package io.loyaltyclub.admin.web;

import io.loyaltyclub.access.persistence.EarlyAccess;
import io.loyaltyclub.coupon.persistence.CouponRule;
import io.loyaltyclub.earning.persistence.EarningCampaign;
import io.loyaltyclub.gift.persistence.MemberGift;
import io.loyaltyclub.pricing.persistence.MemberPriceRule;
import io.loyaltyclub.reward.persistence.Reward;
import io.loyaltyclub.earning.persistence.EarningRule;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * The answers a new earning rule, points campaign, member price rule, club coupon, early access, member gift or reward
 * starts with: active, a rule earning rather than excluded, a price rule not for the whole catalogue, a coupon valid
 * 30 days for one order. Broadleaf 3.1's add forms leave yes/no fields unanswered, which made every first save fail with
 * "This field is required". Fields the admin has filled in (a form shown again after a mistake) are left alone.
 */
@Component("loyaltyFormDefaults")
public class LoyaltyFormDefaults extends AbstractFormBuilderExtensionHandler {

    @Resource(name = "blFormBuilderExtensionManager")
    protected FormBuilderExtensionManager extensionManager;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyUnpopulatedEntityForm(EntityForm form) {
        String entity = form.getCeilingEntityClassname();
        if (EarningRule.class.getName().equals(entity)) {
            answer(form, "active", "true");
            answer(form, "excluded", "false");
        } else if (MemberPriceRule.class.getName().equals(entity)) {
            answer(form, "active", "true");
            answer(form, "wholeCatalogue", "false");
        } else if (CouponRule.class.getName().equals(entity)) {
            answer(form, "active", "true");
            answer(form, "validDays", "30");
            answer(form, "usesPerMember", "1");
        } else if (EarningCampaign.class.getName().equals(entity) || EarlyAccess.class.getName().equals(entity)
                || MemberGift.class.getName().equals(entity) || Reward.class.getName().equals(entity)) {
            answer(form, "active", "true");
        } else {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    static void answer(EntityForm form, String fieldName, String value) {
        Field field = form.findField(fieldName);
        if (field != null && (field.getValue() == null || field.getValue().isEmpty())) {
            field.setValue(value);
        }
    }
}
