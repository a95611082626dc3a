package io.loyaltyclub.reward.persistence;

import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.domain.RewardTerms;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.Offer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reward of the catalogue (loyalty spec, section 4): what a member gets for how many points, for which tier and
 * above, how many are left and when. Edited in Loyalty &gt; Reward catalogue.
 */
public interface Reward extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    String getDescription();

    void setDescription(String description);

    /** The kind, or null when the stored value is none (the admin's validator prevents it). */
    RewardKind getKind();

    void setKind(RewardKind kind);

    Long getPointsCost();

    void setPointsCost(Long points);

    /** The amount off (AMOUNT_OFF) or the percentage off (PERCENT_OFF); null for the other kinds. */
    BigDecimal getAmount();

    void setAmount(BigDecimal amount);

    /** The product a FREE_PRODUCT coupon makes free. */
    Product getProduct();

    void setProduct(Product product);

    /** The lowest tier that may redeem it; null for every member. */
    LoyaltyTier getTier();

    void setTier(LoyaltyTier tier);

    /** Units or places left; null for unlimited. */
    Integer getStock();

    void setStock(Integer stock);

    Instant getAvailableFrom();

    void setAvailableFrom(Instant from);

    /** The moment it stops being available (exclusive); null for no end. */
    Instant getAvailableUntil();

    void setAvailableUntil(Instant until);

    /** How many days a coupon reward's code is valid, counting the day it is redeemed. */
    Integer getCouponValidDays();

    void setCouponValidDays(Integer days);

    boolean isActive();

    void setActive(boolean active);

    /** The Broadleaf offer the plugin made for the reward's coupons (with its current terms), or null. */
    Offer getOffer();

    void setOffer(Offer offer);

    /** The terms the offer was made with (kind, amount, product); a change makes a new offer. */
    String getOfferTerms();

    void setOfferTerms(String terms);

    RewardTerms terms();
}
