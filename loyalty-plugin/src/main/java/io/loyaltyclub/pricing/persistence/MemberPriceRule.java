package io.loyaltyclub.pricing.persistence;

import io.loyaltyclub.tier.persistence.LoyaltyTier;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;
import java.math.BigDecimal;

/** A member price rule as the admin edits it: a tier, what it is about, and a percent off or a fixed price. */
public interface MemberPriceRule extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    LoyaltyTier getTier();

    void setTier(LoyaltyTier tier);

    Product getProduct();

    void setProduct(Product product);

    Category getCategory();

    void setCategory(Category category);

    boolean isWholeCatalogue();

    void setWholeCatalogue(boolean wholeCatalogue);

    BigDecimal getPercentOff();

    void setPercentOff(BigDecimal percentOff);

    BigDecimal getFixedPrice();

    void setFixedPrice(BigDecimal fixedPrice);

    boolean isActive();

    void setActive(boolean active);

    /** The rule for pricing, or null when it is inactive or incomplete (an admin's half-finished rule). */
    io.loyaltyclub.pricing.domain.MemberPriceRule toDomain();
}
