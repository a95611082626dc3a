package io.loyaltyclub.earning.persistence;

import io.loyaltyclub.earning.domain.EarnRule;
import io.loyaltyclub.earning.domain.EarnRuleProblems;
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
@Table(name = "LOYALTY_EARN_RULE")
@AdminPresentationClass(friendlyName = "Earning rule")
public class EarningRuleImpl implements EarningRule {

    private static final long serialVersionUID = 1L;

    /** The admin's validator of rules (admin-extensions); it applies EarnRuleProblems.ofRule. */
    static final String VALIDATOR = "loyaltyEarnRuleValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyEarningRuleId")
    @GenericGenerator(
            name = "LoyaltyEarningRuleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "EarningRuleImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.earning.persistence.EarningRuleImpl")
            })
    @Column(name = "EARN_RULE_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "For admins, e.g. \"Double points on shoes\".")
    protected String name;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "Product", order = 2000, prominent = true, gridOrder = 2000,
            helpText = "The product the rule is about; leave empty for a category rule.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "CATEGORY_ID")
    @AdminPresentation(friendlyName = "Category", order = 3000, prominent = true, gridOrder = 3000,
            helpText = "Applies to its products and those of all its sub-categories; leave empty for a product rule.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Category category;

    @Column(name = "MULTIPLIER", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Multiplier", order = 4000, prominent = true, gridOrder = 4000,
            helpText = "2 earns double points, 0.5 half. A product's rule wins over its categories'; of several "
                    + "category rules the highest counts.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal multiplier;

    @Column(name = "EXCLUDED", nullable = false)
    @AdminPresentation(friendlyName = "Earns no points", order = 5000, prominent = true, gridOrder = 5000,
            helpText = "Excluded products, and the products of excluded categories, never earn points.")
    protected boolean excluded;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 6000, prominent = true, gridOrder = 6000)
    protected boolean active = true;

    @Override
    public EarnRule toDomain() {
        boolean hasProduct = product != null && product.getId() != null;
        boolean hasCategory = category != null && category.getId() != null;
        if (!active || !EarnRuleProblems.ofRule(hasProduct, hasCategory, multiplier, excluded)
                .isEmpty()) {
            return null;
        }
        EarnRule.Target target = hasProduct
                ? EarnRule.Target.PRODUCT
                : EarnRule.Target.CATEGORY;
        long targetId = hasProduct ? product.getId() : category.getId();
        return excluded
                ? EarnRule.exclusion(target, targetId)
                : EarnRule.multiplier(target, targetId, multiplier);
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
    public BigDecimal getMultiplier() {
        return multiplier;
    }

    @Override
    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    @Override
    public boolean isExcluded() {
        return excluded;
    }

    @Override
    public void setExcluded(boolean excluded) {
        this.excluded = excluded;
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
