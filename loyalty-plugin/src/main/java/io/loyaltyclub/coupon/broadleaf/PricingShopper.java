package io.loyaltyclub.coupon.broadleaf;

import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * The customer whose order is being priced, handed from {@link TierOffersActivity} to {@link TierOfferFilter} on
 * the pricing thread: Broadleaf 3.1 asks its offer filters without saying whose order the offers are for.
 */
final class PricingShopper {

    private static final ThreadLocal<Customer> CURRENT = new ThreadLocal<Customer>();

    private PricingShopper() {
    }

    static void set(Customer customer) {
        CURRENT.set(customer);
    }

    /** The customer set for this pricing, once: a later ask outside a pricing gets null (no tier, no member). */
    static Customer take() {
        Customer customer = CURRENT.get();
        CURRENT.remove();
        return customer;
    }
}
