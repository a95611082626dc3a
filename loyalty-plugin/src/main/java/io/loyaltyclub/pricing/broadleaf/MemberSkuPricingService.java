package io.loyaltyclub.pricing.broadleaf;

import io.loyaltyclub.pricing.service.MemberPriceService;
import io.loyaltyclub.pricing.service.PriceQuote;
import io.loyaltyclub.pricing.service.PricedRequest;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.dynamic.DefaultDynamicSkuPricingServiceImpl;
import org.broadleafcommerce.core.catalog.service.dynamic.DynamicSkuPrices;

import java.math.BigDecimal;
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
        DynamicSkuPrices prices = super.getSkuPrices(sku, skuPricingConsiderations);
        PricedRequest request = PricedRequest.in(skuPricingConsiderations);
        Money retail = prices.getRetailPrice();
        if (request == null || retail == null) {
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

    /** The amount as the currency writes it (the quote's regular price). */
    static BigDecimal amount(Money money) {
        return money == null ? null : money.getAmount();
    }
}
