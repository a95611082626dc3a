package io.loyaltyclub.access.persistence;

import io.loyaltyclub.platform.EntityWrites;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@EntityListeners(EntityWrites.class)
@Table(name = "LOYALTY_EARLY_ACCESS")
@AdminPresentationClass(friendlyName = "Early access")
public class EarlyAccessImpl implements EarlyAccess {

    private static final long serialVersionUID = 1L;

    /** The admin's validator (admin-extensions): a product or a category, an existing tier, a launch. */
    static final String VALIDATOR = "loyaltyEarlyAccessValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyEarlyAccessId")
    @GenericGenerator(
            name = "LoyaltyEarlyAccessId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "EarlyAccessImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.access.persistence.EarlyAccessImpl")
            })
    @Column(name = "EARLY_ACCESS_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "For admins, e.g. \"Autumn collection preview\".")
    protected String name;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "Product", order = 2000, prominent = true, gridOrder = 2000,
            helpText = "The product; leave empty for a category.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "CATEGORY_ID")
    @AdminPresentation(friendlyName = "Category", order = 3000, prominent = true, gridOrder = 3000,
            helpText = "Its products and those of its sub-categories; leave empty for a product.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Category category;

    @Column(name = "TIER_CODE", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Tier (code) and above", order = 4000, prominent = true, gridOrder = 4000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "The code of the lowest tier allowed, e.g. GOLD.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String tierCode;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAUNCH_AT", nullable = false)
    @AdminPresentation(friendlyName = "Public launch", order = 5000, prominent = true, gridOrder = 5000,
            fieldType = SupportedFieldType.DATE, requiredOverride = RequiredOverride.REQUIRED,
            helpText = "From then on every shopper sees and may buy it.")
    protected Date launchAt;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 6000, gridOrder = 6000)
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
    public String getTierCode() {
        return tierCode;
    }

    @Override
    public void setTierCode(String tierCode) {
        this.tierCode = tierCode;
    }

    @Override
    public Date getLaunchAt() {
        return launchAt;
    }

    @Override
    public void setLaunchAt(Date launchAt) {
        this.launchAt = launchAt;
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
