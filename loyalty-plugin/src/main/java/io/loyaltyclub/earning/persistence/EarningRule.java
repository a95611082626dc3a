package io.loyaltyclub.earning.persistence;

import io.loyaltyclub.earning.domain.EarnRule;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;
import java.math.BigDecimal;

/** An earning rule as the admin edits it: a product or a category, and a multiplier or an exclusion. */
public interface EarningRule extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    Product getProduct();

    void setProduct(Product product);

    Category getCategory();

    void setCategory(Category category);

    BigDecimal getMultiplier();

    void setMultiplier(BigDecimal multiplier);

    boolean isExcluded();

    void setExcluded(boolean excluded);

    boolean isActive();

    void setActive(boolean active);

    /** The rule for the earning policy, or null when it is incomplete (an admin's half-finished rule). */
    EarnRule toDomain();
}
