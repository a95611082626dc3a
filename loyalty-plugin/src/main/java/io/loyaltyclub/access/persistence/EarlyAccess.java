package io.loyaltyclub.access.persistence;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;
import java.util.Date;

/** A product or a category (with its sub-categories) for members of a tier and above until its public launch. */
public interface EarlyAccess extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    Product getProduct();

    void setProduct(Product product);

    Category getCategory();

    void setCategory(Category category);

    /** The lowest tier (LOYALTY_TIER.CODE) whose members may see and buy before the launch. */
    String getTierCode();

    void setTierCode(String tierCode);

    /** From when every shopper may see and buy. */
    Date getLaunchAt();

    void setLaunchAt(Date launchAt);

    boolean isActive();

    void setActive(boolean active);
}
