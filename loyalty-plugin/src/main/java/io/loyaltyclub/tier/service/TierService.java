package io.loyaltyclub.tier.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.tier.domain.TierRequirement;
import io.loyaltyclub.tier.persistence.LoyaltyTier;

import java.util.List;

/** The club's tiers and which one a member is in (loyalty spec, section 5). */
public interface TierService {

    /** The active tiers, lowest first. */
    List<LoyaltyTier> tiers();

    /** The tier with this code, or null. */
    LoyaltyTier findTier(String code);

    /**
     * Who may have what is limited to the tier with this code and above: nobody when there is no such tier or it is
     * switched off (loyalty spec, section 7).
     */
    TierRequirement requirementOf(String tierCode);

    /** The current tier of the customer: null for a guest, a non-member, a suspended member or one below all tiers. */
    LoyaltyTier currentTierOf(Long customerId);

    /** The current tier of the membership, or null (below all tiers, inactive tier, membership not active). */
    LoyaltyTier tierOf(LoyaltyAccount account);

    /** Whether the customer is an active member, and their tier; an outsider for a guest or null. */
    MemberStanding standingOf(Long customerId);
}
