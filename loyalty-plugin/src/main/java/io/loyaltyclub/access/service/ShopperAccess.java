package io.loyaltyclub.access.service;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.util.Collection;

/**
 * What one shopper may see and buy now, of the products and categories in members' previews: the previews and the
 * shopper's standing are read once, however many products a page asks about.
 */
public interface ShopperAccess {

    /** Null when the shopper may see and buy the product now; otherwise why not. */
    EarlyAccessRefusal refusalFor(Product product);

    /** Null when the shopper may see the category now; otherwise why not. */
    EarlyAccessRefusal refusalFor(Category category);

    /** Takes the products the shopper may not see yet out of {@code products}; returns how many it took. */
    int removeHidden(Collection<?> products);
}
