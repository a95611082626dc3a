package io.loyaltyclub.member.web;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

/** The shopper of the current storefront request, as the club sees them. */
final class StorefrontCustomer {

    private StorefrontCustomer() {
    }

    /** The signed-in, registered customer, or null for a guest. */
    static Customer signedIn() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() && customer.getId() != null ? customer : null;
    }
}
