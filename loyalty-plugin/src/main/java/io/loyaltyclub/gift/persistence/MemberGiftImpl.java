package io.loyaltyclub.gift.persistence;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "LOYALTY_MEMBER_GIFT")
@AdminPresentationClass(friendlyName = "Member gift")
public class MemberGiftImpl implements MemberGift {

    private static final long serialVersionUID = 1L;

    /** The admin's validator (admin-extensions): two different products, an existing tier if any. */
    static final String VALIDATOR = "loyaltyMemberGiftValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyMemberGiftId")
    @GenericGenerator(
            name = "LoyaltyMemberGiftId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "MemberGiftImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.gift.persistence.MemberGiftImpl")
            })
    @Column(name = "MEMBER_GIFT_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "TRIGGER_PRODUCT_ID", nullable = false)
    @AdminPresentation(friendlyName = "When a member buys", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product triggerProduct;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "GIFT_PRODUCT_ID", nullable = false)
    @AdminPresentation(friendlyName = "The gift", order = 3000, prominent = true, gridOrder = 3000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product giftProduct;

    @Column(name = "TIER_CODE", length = 40)
    @AdminPresentation(friendlyName = "Tier (code) and above", order = 4000, gridOrder = 4000,
            helpText = "Empty: every member.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String tierCode;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 5000, gridOrder = 5000)
    protected boolean active = true;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public Product getTriggerProduct() {
        return triggerProduct;
    }

    @Override
    public void setTriggerProduct(Product product) {
        this.triggerProduct = product;
    }

    @Override
    public Product getGiftProduct() {
        return giftProduct;
    }

    @Override
    public void setGiftProduct(Product product) {
        this.giftProduct = product;
    }

    @Override
    public String getTierCode() {
        return tierCode;
    }

    @Override
    public void setTierCode(String tierCode) {
        this.tierCode = tierCode;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }
}
