package io.loyaltyclub.pricing.broadleaf;

import io.loyaltyclub.pricing.service.MemberPriceService;
import io.loyaltyclub.pricing.service.PriceQuote;
import io.loyaltyclub.pricing.service.PricedRequest;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.dynamic.DefaultDynamicSkuPricingServiceImpl;
import org.broadleafcommerce.core.catalog.service.dynamic.DynamicSkuPrices;

import java.util.HashMap;
import javax.annotation.Resource;

/**
 * Broadleaf's per-customer sku prices ({@code blDynamicSkuPricingService}) with member prices: a member whose tier
 * has a price below the regular one gets it as the sku's sale price, so product pages, listings, search, the cart
 * and checkout all charge it. Without the club's considerations (outside a storefront request, in the admin) the
 * prices are Broadleaf's own.
 */
public class MemberSkuPricingService extends DefaultDynamicSkuPricingServiceImpl {

    @Resource(name = "loyaltyMemberPriceService")
    protected MemberPriceService memberPrices;

    @Override
    @SuppressWarnings("rawtypes")
    public DynamicSkuPrices getSkuPrices(Sku sku, HashMap skuPricingConsiderations) {
        PricedRequest request = PricedRequest.in(skuPricingConsiderations);
        if (request == null) {
            return super.getSkuPrices(sku, skuPricingConsiderations);
        }
        DynamicSkuPrices prices = new DynamicSkuPrices();
        prices.setRetailPrice(sku.getRetailPrice());
        prices.setSalePrice(sku.getSalePrice());
        // A product's default sku has no product option values: not asking spares a query per sku of a listing.
        prices.setPriceAdjustment(sku.getDefaultProduct() != null ? null : sku.getProductOptionValueAdjustments());
        Money retail = prices.getRetailPrice();
        if (retail == null) {
            return prices;
        }
        Money sale = prices.getSalePrice();
        Money regular = sale != null && sale.getAmount().compareTo(retail.getAmount()) < 0 ? sale : retail;
        int scale = scaleOf(regular);
        PriceQuote quote = memberPrices.quote(request, sku.getProduct(), regular.getAmount(), scale);
        request.remember(sku.getId(), quote);
        if (quote.isMemberPriced()) {
            prices.setSalePrice(new Money(quote.getMemberPrice(), regular.getCurrency(), scale));
        }
        return prices;
    }

    static int scaleOf(Money money) {
        int digits = money.getCurrency() == null ? -1 : money.getCurrency().getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}
