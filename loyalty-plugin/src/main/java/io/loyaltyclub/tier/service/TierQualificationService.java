package io.loyaltyclub.tier.service;

import io.loyaltyclub.tier.domain.ManualMode;
import io.loyaltyclub.tier.domain.TierProgress;
import io.loyaltyclub.tier.domain.TierQualification;
import io.loyaltyclub.tier.persistence.TierChangeImpl;
import io.loyaltyclub.tier.persistence.TierStandingImpl;

import java.time.Instant;
import java.util.List;

/**
 * Puts members in the tier they qualify for (loyalty spec, section 5) and keeps {@code LoyaltyAccount.tierCode}
 * current: reviews when points become available, after returns and cancellations and nightly; an admin's tier by
 * hand; the history of changes with their reasons; the welcome reward of a tier reached.
 */
public interface TierQualificationService {

    /**
     * Reviews the member's tier under the account lock, records a change with its reason, gives the reward of a
     * tier reached (once per tier and member). Nothing happens to a membership that is not active.
     *
     * @return the change recorded, or null when the tier stayed
     */
    TierChangeImpl review(long accountId);

    /**
     * Reviews the member's tier after a return or cancellation: a tier that only the returned items reached is taken
     * back at once (other downgrades wait for their period).
     *
     * @return the change recorded, or null when the tier stayed
     */
    TierChangeImpl reviewAfterReturn(long accountId);

    /**
     * An admin's tier: {@code mode} FLOOR or FIXED with the tier's code, or null to let qualification decide again.
     * Always recorded, with the required note and the admin user.
     *
     * @throws IllegalArgumentException without a note or admin user, or with an unknown or inactive tier
     */
    TierChangeImpl setManualTier(long accountId, ManualMode mode, String tierCode, String adminUser, String note);

    /** Where the member stands: tier, what the next one needs, what keeps the current one. */
    TierProgress progress(long accountId);

    /** The member's qualification state, or null before the first review. */
    TierStandingImpl standing(long accountId);

    /** The member's tier changes, newest first. */
    List<TierChangeImpl> changes(long accountId, int limit);

    /** Active members not reviewed since {@code reviewedBefore}, at most {@code limit}. */
    List<Long> membersToReview(Instant reviewedBefore, int limit);

    /** The programme's qualification rules with the active tiers. */
    TierQualification rules();
}
