package io.loyaltyclub.coupon.service;

import io.loyaltyclub.tier.persistence.LoyaltyTier;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.List;

/**
 * Broadleaf offers limited to members of a tier and above (loyalty spec, section 7): which offers are, who may use
 * them, and setting the limit from the admin.
 */
public interface TierOffers {

    /** The lowest tier whose members may use the offer, or null when the offer is open to every shopper. */
    LoyaltyTier requiredTier(long offerId);

    /** Null when the customer may use the offer; otherwise why not, for the shopper's message. */
    OfferRefusal refusalFor(Offer offer, Customer customer);

    /** Takes out of {@code offers} those the customer may not use; returns what it took out. */
    List<Offer> removeForbidden(List<Offer> offers, Customer customer);

    /**
     * Limits the offer to the tier with this code and above, or opens it to everybody again ({@code tierCode} null).
     *
     * @throws IllegalArgumentException for a tier code that does not exist
     */
    void limit(long offerId, String tierCode, String adminUser);
}
