package io.loyaltyclub.tier.persistence;

import java.util.List;

public interface TierDao {

    /** Every tier, lowest rank first. */
    List<LoyaltyTier> findAll();

    LoyaltyTier findByCode(String code);

    LoyaltyTier save(LoyaltyTier tier);
}
