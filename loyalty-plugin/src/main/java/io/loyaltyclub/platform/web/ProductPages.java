package io.loyaltyclub.platform.web;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;

/** A product named by a form's productId, and the path of its page. */
public final class ProductPages {

    private ProductPages() {
    }

    /** The product, or null when the id is missing, unreadable or unknown. */
    public static Product product(CatalogService catalog, String productId) {
        if (productId == null) {
            return null;
        }
        try {
            return catalog.findProductById(Long.valueOf(productId.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The product page's path in this site ("/" when the product has no URL, or one that is not a {@link LocalPath}). */
    public static String url(Product product) {
        String url = product.getUrl();
        if (url == null || url.isEmpty()) {
            return "/";
        }
        return LocalPath.or(url.startsWith("/") ? url : "/" + url, "/");
    }
}
