package io.loyaltyclub.pricing.service;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.math.BigDecimal;
import java.util.HashMap;

/**
 * Member prices for the shopper of the current storefront request (loyalty spec, section 6). Everything read is kept
 * in the request's {@link PricedRequest}.
 */
public interface MemberPriceService {

    /** Broadleaf's pricing considerations for a storefront request of this customer (null: a guest). */
    @SuppressWarnings("rawtypes")
    HashMap considerationsFor(Long registeredCustomerId);

    /**
     * The quote of a product's sku for the request's shopper.
     *
     * @param regular       what the shopper pays without the club (sale price included); null gives null
     * @param currencyScale the currency's decimals
     */
    PriceQuote quote(PricedRequest request, Product product, BigDecimal regular, int currencyScale);

    /**
     * The best price of a tier the shopper is not in (any tier for a non-member, a higher one for a member) when it
     * is below what the shopper pays, or null.
     */
    ClubPriceOffer clubOffer(PricedRequest request, Product product, BigDecimal regular, BigDecimal paid,
                             int currencyScale);

    /** The shopper's tier name, or null. */
    String tierName(PricedRequest request);

    /**
     * Forgets the rules, tiers, customers' tiers and products' categories kept between requests (read again for the
     * next request); otherwise they are read again every {@code loyalty.memberPrices.rulesSeconds} (10) and
     * {@code categoriesSeconds} (300).
     */
    void forget();

    /** Whether member prices stack with Broadleaf's offers (the programme's "double promotions"). */
    boolean doublePromotions(PricedRequest request);
}
