package io.loyaltyclub.tier.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.tier.persistence.LoyaltyTier;

import java.util.List;

/** The club's tiers and which one a member is in (loyalty spec, section 5). */
public interface TierService {

    /** The active tiers, lowest first. */
    List<LoyaltyTier> tiers();

    /** The tier with this code, or null. */
    LoyaltyTier findTier(String code);

    /** The current tier of the customer: null for a guest, a non-member, a suspended member or one below all tiers. */
    LoyaltyTier currentTierOf(Long customerId);

    /** The current tier of the membership, or null (below all tiers, inactive tier, membership not active). */
    LoyaltyTier tierOf(LoyaltyAccount account);

    /** Whether the customer is an active member, and their tier; an outsider for a guest or null. */
    MemberStanding standingOf(Long customerId);
}
