package io.loyaltyclub.platform.web;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

/** The shopper of the current storefront request when they are signed in to a registered account. */
public final class SignedInCustomer {

    private SignedInCustomer() {
    }

    /** The signed-in, registered customer, or null for a guest (and outside a request). */
    public static Customer current() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() && customer.getId() != null ? customer : null;
    }

    /** The current shopper's customer id, registered or not; null when there is none. */
    public static Long anyCurrentId() {
        Customer customer = CustomerState.getCustomer();
        return customer == null ? null : customer.getId();
    }
}
