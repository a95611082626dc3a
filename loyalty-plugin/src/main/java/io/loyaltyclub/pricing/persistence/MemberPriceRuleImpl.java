package io.loyaltyclub.pricing.persistence;

import io.loyaltyclub.pricing.domain.MemberPriceRule.Target;
import io.loyaltyclub.pricing.domain.MemberPriceRuleProblems;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "LOYALTY_MEMBER_PRICE_RULE")
@AdminPresentationClass(friendlyName = "Member price")
public class MemberPriceRuleImpl implements MemberPriceRule {

    private static final long serialVersionUID = 1L;

    /** The admin's validator of rules (admin-extensions); it applies MemberPriceRuleProblems.ofRule. */
    static final String VALIDATOR = "loyaltyMemberPriceRuleValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyMemberPriceRuleId")
    @GenericGenerator(
            name = "LoyaltyMemberPriceRuleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "MemberPriceRuleImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.pricing.persistence.MemberPriceRuleImpl")
            })
    @Column(name = "MEMBER_PRICE_RULE_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "For admins, e.g. \"Gold: 10 % off kitchen\".")
    protected String name;

    @ManyToOne(targetEntity = LoyaltyTierImpl.class)
    @JoinColumn(name = "TIER_ID")
    @AdminPresentation(friendlyName = "Tier", order = 2000, prominent = true, gridOrder = 2000,
            helpText = "The members of this tier get the price.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected LoyaltyTier tier;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "Product", order = 3000, prominent = true, gridOrder = 3000,
            helpText = "The product the price is for; leave empty for a category or the whole catalogue.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "CATEGORY_ID")
    @AdminPresentation(friendlyName = "Category", order = 4000, prominent = true, gridOrder = 4000,
            helpText = "Applies to its products and those of all its sub-categories.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Category category;

    @Column(name = "WHOLE_CATALOGUE", nullable = false)
    @AdminPresentation(friendlyName = "Whole catalogue", order = 5000, prominent = true, gridOrder = 5000,
            helpText = "Applies to every product.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected boolean wholeCatalogue;

    @Column(name = "PERCENT_OFF", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Percent off", order = 6000, prominent = true, gridOrder = 6000,
            helpText = "10 takes 10 % off the regular price (rounded to the cent). Or give a fixed price.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal percentOff;

    @Column(name = "FIXED_PRICE", precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Fixed price", order = 7000, prominent = true, gridOrder = 7000,
            helpText = "The members' price. Of several prices for a product the lowest counts, and only when it is "
                    + "below the regular price.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal fixedPrice;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 8000, prominent = true, gridOrder = 8000)
    protected boolean active = true;

    @Override
    public io.loyaltyclub.pricing.domain.MemberPriceRule toDomain() {
        boolean hasTier = tier != null && tier.getCode() != null;
        boolean hasProduct = product != null && product.getId() != null;
        boolean hasCategory = category != null && category.getId() != null;
        if (!active || !MemberPriceRuleProblems.ofRule(hasTier, hasProduct, hasCategory, wholeCatalogue, percentOff,
                fixedPrice).isEmpty()) {
            return null;
        }
        Target target = hasProduct ? Target.PRODUCT : hasCategory ? Target.CATEGORY : Target.CATALOGUE;
        long targetId = hasProduct ? product.getId() : hasCategory ? category.getId() : 0L;
        return percentOff != null
                ? io.loyaltyclub.pricing.domain.MemberPriceRule.percentOff(tier.getCode(), target, targetId, percentOff)
                : io.loyaltyclub.pricing.domain.MemberPriceRule.fixedPrice(tier.getCode(), target, targetId,
                        fixedPrice);
    }

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
    public LoyaltyTier getTier() {
        return tier;
    }

    @Override
    public void setTier(LoyaltyTier tier) {
        this.tier = tier;
    }

    @Override
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
    }

    @Override
    public Category getCategory() {
        return category;
    }

    @Override
    public void setCategory(Category category) {
        this.category = category;
    }

    @Override
    public boolean isWholeCatalogue() {
        return wholeCatalogue;
    }

    @Override
    public void setWholeCatalogue(boolean wholeCatalogue) {
        this.wholeCatalogue = wholeCatalogue;
    }

    @Override
    public BigDecimal getPercentOff() {
        return percentOff;
    }

    @Override
    public void setPercentOff(BigDecimal percentOff) {
        this.percentOff = percentOff;
    }

    @Override
    public BigDecimal getFixedPrice() {
        return fixedPrice;
    }

    @Override
    public void setFixedPrice(BigDecimal fixedPrice) {
        this.fixedPrice = fixedPrice;
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
