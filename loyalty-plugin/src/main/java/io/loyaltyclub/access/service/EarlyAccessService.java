package io.loyaltyclub.access.service;

import io.loyaltyclub.tier.service.MemberStanding;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Collection;

/**
 * Products and categories for members of a tier and above until their public launch (loyalty spec, section 7):
 * who may see and buy them now.
 */
public interface EarlyAccessService {

    /** The customer's access at this moment (null: a guest), for a page that asks about many products. */
    ShopperAccess forShopper(Customer customer);

    /**
     * As {@link #forShopper(Customer)}, the shopper's standing asked of {@code standing} when a preview concerns them
     * (a page's display: the storefront's {@code ShopperMemory} of it).
     */
    ShopperAccess forShopper(Customer customer, java.util.function.Supplier<MemberStanding> standing);

    /** Null when the customer may see and buy the product now; otherwise why not. */
    EarlyAccessRefusal refusalFor(Product product, Customer customer);

    /** Null when the customer may see the category now; otherwise why not. */
    EarlyAccessRefusal refusalFor(Category category, Customer customer);

    /** Takes the products the customer may not see yet out of {@code products}; returns how many it took. */
    int removeHidden(Collection<?> products, Customer customer);
}
