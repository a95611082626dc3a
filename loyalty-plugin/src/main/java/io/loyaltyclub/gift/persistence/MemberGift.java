package io.loyaltyclub.gift.persistence;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;

/** A gift with purchase for members: buying the trigger product puts the gift product in the cart at no charge. */
public interface MemberGift extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    Product getTriggerProduct();

    void setTriggerProduct(Product product);

    Product getGiftProduct();

    void setGiftProduct(Product product);

    /** The lowest tier (its code) whose members get the gift; null: every member. */
    String getTierCode();

    void setTierCode(String tierCode);

    boolean isActive();

    void setActive(boolean active);
}
