package io.loyaltyclub.admin.coupon;

import io.loyaltyclub.coupon.domain.CouponRuleProblems;
import io.loyaltyclub.coupon.persistence.CouponRule;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/** Loyalty &gt; Club coupons: checks a rule on save ({@link CouponRuleProblems}), field by field. */
@Component("loyaltyCouponRuleValidator")
public class CouponRuleValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof CouponRule)) {
            return new PropertyValidationResult(true);
        }
        CouponRule rule = (CouponRule) instance;
        Offer offer = rule.getOffer();
        String problem = CouponRuleProblems.of(rule.getOccasion(), offer != null && offer.getId() != null,
                offer != null && offer.isAutomaticallyAdded(), rule.getTier() != null && rule.getTier().getId() != null,
                rule.getSaleDay(), rule.getCodePrefix(), rule.getValidDays(), rule.getUsesPerMember())
                .get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }
}
