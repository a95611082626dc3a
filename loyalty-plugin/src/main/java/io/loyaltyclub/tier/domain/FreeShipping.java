package io.loyaltyclub.tier.domain;

import java.math.BigDecimal;

/** A tier's free shipping (loyalty spec, section 5): whether an order of its member ships free. Pure. */
public final class FreeShipping {

    private FreeShipping() {
    }

    /**
     * @param from the tier's threshold, null when the tier has no free shipping
     * @param merchandise what the order's merchandise comes to after its discounts
     */
    public static boolean applies(BigDecimal from, BigDecimal merchandise) {
        return from != null && merchandise != null && merchandise.compareTo(from) >= 0;
    }
}
