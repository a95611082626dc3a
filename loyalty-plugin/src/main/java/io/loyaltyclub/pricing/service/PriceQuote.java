package io.loyaltyclub.pricing.service;

import java.math.BigDecimal;

/** A sku's prices for one shopper: the regular price (sale price included) and the member price, if any. */
public final class PriceQuote {

    private final BigDecimal regular;
    private final BigDecimal memberPrice;

    public PriceQuote(BigDecimal regular, BigDecimal memberPrice) {
        this.regular = regular;
        this.memberPrice = memberPrice;
    }

    /** What the shopper pays without the club: the sale price when the sku is on sale, else its retail price. */
    public BigDecimal getRegular() {
        return regular;
    }

    /** The shopper's member price, below the regular price; null when they get none. */
    public BigDecimal getMemberPrice() {
        return memberPrice;
    }

    public boolean isMemberPriced() {
        return memberPrice != null;
    }
}
