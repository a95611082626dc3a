package io.loyaltyclub.coupon.persistence;

import io.loyaltyclub.coupon.domain.CouponOccasion;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import org.broadleafcommerce.core.offer.domain.Offer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A coupon the club hands out by itself (loyalty spec, section 7): on an occasion, each member gets an own code of a
 * Broadleaf offer, usable only by them, a given number of times, for a given number of days.
 */
public interface CouponRule extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    /** The occasion, or null when the stored value is not one (the admin's validator prevents it). */
    CouponOccasion getOccasion();

    void setOccasion(CouponOccasion occasion);

    /** The Broadleaf offer whose discount the codes give. */
    Offer getOffer();

    void setOffer(Offer offer);

    /** For TIER_REACHED the tier reached; for SALE_DAY the lowest tier invited (null: every member). */
    LoyaltyTier getTier();

    void setTier(LoyaltyTier tier);

    /** For SALE_DAY: the day, as the admin entered it. */
    LocalDate getSaleDay();

    void setSaleDay(LocalDate day);

    String getCodePrefix();

    void setCodePrefix(String prefix);

    int getValidDays();

    void setValidDays(int days);

    int getUsesPerMember();

    void setUsesPerMember(int uses);

    boolean isActive();

    void setActive(boolean active);
}
