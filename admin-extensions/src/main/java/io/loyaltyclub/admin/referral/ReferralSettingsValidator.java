package io.loyaltyclub.admin.referral;

import io.loyaltyclub.admin.earning.SubmittedValues;
import io.loyaltyclub.referral.domain.ReferralSettingsProblems;
import io.loyaltyclub.referral.persistence.ReferralDao;
import io.loyaltyclub.referral.persistence.ReferralSettings;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Loyalty &gt; Referral settings: checks the settings on save ({@link ReferralSettingsProblems}), field by field, from
 * the values the admin typed (a number Broadleaf could not read arrives as none), and keeps one set per shop.
 */
@Component("loyaltyReferralSettingsValidator")
public class ReferralSettingsValidator implements PropertyValidator {

    @Resource(name = "loyaltyReferralDao")
    protected ReferralDao referrals;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof ReferralSettings)) {
            return new PropertyValidationResult(true);
        }
        ReferralSettings settings = (ReferralSettings) instance;
        ReferralSettings stored = settings.getId() == null ? referrals.findSettings() : null;
        String problem = ReferralSettingsProblems.of(whole(entity, "friendPoints"), whole(entity, "advocatePoints"),
                small(entity, "monthlyCap"), small(entity, "linkDays"), stored != null).get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    /** The whole number the admin typed, or null when it is none (blank, a fraction, not a number). */
    static Long whole(Entity entity, String field) {
        BigDecimal number;
        try {
            number = SubmittedValues.decimal(entity, field);
        } catch (NumberFormatException e) {
            return null;
        }
        if (number == null || number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static Integer small(Entity entity, String field) {
        Long number = whole(entity, field);
        return number == null || number > Integer.MAX_VALUE || number < Integer.MIN_VALUE ? null : number.intValue();
    }
}
