package io.loyaltyclub.access.broadleaf;

import io.loyaltyclub.access.service.EarlyAccessException;
import io.loyaltyclub.access.service.EarlyAccessRefusal;
import io.loyaltyclub.access.service.EarlyAccessService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * Add-to-cart activity (order 1500, after Broadleaf validates the request at 1000): a product that is only for
 * members of a tier until its public launch cannot be added by anybody else, whatever page or form the request
 * came from. Fails the add with an {@link EarlyAccessException} (inside Broadleaf's AddToCartException).
 */
public class EarlyAccessAddItemActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    @Resource(name = "loyaltyEarlyAccess")
    protected EarlyAccessService earlyAccess;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) throws Exception {
        CartOperationRequest request = context.getSeedData();
        Product product = productOf(request.getItemRequest());
        if (product != null) {
            EarlyAccessRefusal refusal = earlyAccess.refusalFor(product, request.getOrder().getCustomer());
            if (refusal != null) {
                throw new EarlyAccessException(product.getName(), refusal);
            }
        }
        return context;
    }

    private Product productOf(OrderItemRequestDTO item) {
        if (item == null) {
            return null;
        }
        if (item.getProductId() != null) {
            return catalog.findProductById(item.getProductId());
        }
        if (item.getSkuId() != null) {
            Sku sku = catalog.findSkuById(item.getSkuId());
            return sku == null ? null : sku.getProduct();
        }
        return null;
    }
}
