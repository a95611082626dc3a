package io.loyaltyclub.admin.gift;

import io.loyaltyclub.gift.domain.MemberGiftProblems;
import io.loyaltyclub.gift.persistence.MemberGift;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;
import javax.annotation.Resource;

/** Loyalty &gt; Member gifts: checks a gift on save ({@link MemberGiftProblems}), field by field. */
@Component("loyaltyMemberGiftValidator")
public class MemberGiftValidator implements PropertyValidator {

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof MemberGift)) {
            return new PropertyValidationResult(true);
        }
        MemberGift gift = (MemberGift) instance;
        String code = gift.getTierCode() == null ? null : gift.getTierCode().trim();
        String problem = MemberGiftProblems.of(idOf(gift.getTriggerProduct()), idOf(gift.getGiftProduct()), code,
                code != null && !code.isEmpty() && tiers.findTier(code) != null).get(propertyName);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    private static Long idOf(Product product) {
        return product == null ? null : product.getId();
    }
}
