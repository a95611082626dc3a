package io.loyaltyclub.coupon.persistence;

import java.util.Collection;
import java.util.Map;

public interface OfferTierLimitDao {

    OfferTierLimitImpl findByOffer(long offerId);

    /** The tier codes of those offers that are limited, by offer id. */
    Map<Long, String> tierCodesOf(Collection<Long> offerIds);

    void save(OfferTierLimitImpl limit);

    void delete(OfferTierLimitImpl limit);
}
