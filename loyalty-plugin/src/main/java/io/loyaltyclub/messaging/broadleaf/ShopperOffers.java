package io.loyaltyclub.messaging.broadleaf;

import org.broadleafcommerce.common.persistence.Status;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * What a member's messages offer: active products of the categories the member has bought from (the categories
 * of the products in their placed orders), which they have not bought yet, in the categories' own display order.
 * A member who has bought nothing gets no offers.
 */
@Repository("loyaltyShopperOffers")
public class ShopperOffers {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** At most {@code limit} products for the customer, best first. */
    public List<Product> forCustomer(long customerId, int limit) {
        List<Product> offers = new ArrayList<Product>();
        if (limit <= 0) {
            return offers;
        }
        List<Long> categories = em.createQuery("select distinct x.category.id from DiscreteOrderItemImpl i, "
                        + "CategoryProductXrefImpl x where i.order.customer.id = :customer "
                        + "and i.order.submitDate is not null and x.product.id = i.product.id", Long.class)
                .setParameter("customer", customerId)
                .getResultList();
        if (categories.isEmpty()) {
            return offers;
        }
        List<Long> bought = em.createQuery("select distinct i.product.id from DiscreteOrderItemImpl i "
                        + "where i.order.customer.id = :customer and i.order.submitDate is not null", Long.class)
                .setParameter("customer", customerId)
                .getResultList();
        List<Product> candidates = em.createQuery("select x.product from CategoryProductXrefImpl x "
                        + "where x.category.id in (:categories) order by x.displayOrder, x.id", Product.class)
                .setParameter("categories", categories)
                .setMaxResults(limit * 20 + bought.size())
                .getResultList();
        for (Product product : candidates) {
            if (offers.size() >= limit) {
                break;
            }
            if (bought.contains(product.getId()) || offers.contains(product) || !product.isActive()
                    || 'Y' == archived(product) || product.getDefaultSku() == null) {
                continue;
            }
            offers.add(product);
        }
        return offers;
    }

    private static char archived(Product product) {
        Character archived = product instanceof Status ? ((Status) product).getArchived() : null;
        return archived == null ? 'N' : archived;
    }
}
