package io.loyaltyclub.tier.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountImpl;
import io.loyaltyclub.member.persistence.MemberStatus;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which tier a customer is in, on the real context. */
class TierServiceIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();

    @AfterEach
    void reset() {
        club.reset();
    }

    @Test
    void a_member_in_a_tier_has_it_guests_non_members_and_suspended_members_have_none() {
        club.tier("SILVER", 1, "1.25");
        LoyaltyTier gold = club.tier("GOLD", 2, "1.5");
        LoyaltyAccount member = club.newMember("tiered");
        Customer outsider = broadleaf.shop().customer("outsider");

        assertThat(club.tiers().currentTierOf(member.getCustomerId())).as("below all tiers").isNull();
        club.setTier(member.getId(), "GOLD");

        assertThat(club.tiers().currentTierOf(member.getCustomerId()).getCode()).isEqualTo(gold.getCode());
        assertThat(club.tiers().tiers()).extracting(LoyaltyTier::getCode).containsSubsequence("SILVER", "GOLD");
        assertThat(club.tiers().currentTierOf(outsider.getId())).isNull();
        assertThat(club.tiers().currentTierOf(null)).isNull();

        broadleaf.inTransaction(() -> {
            broadleaf.entityManager().find(LoyaltyAccountImpl.class, member.getId()).setStatus(MemberStatus.SUSPENDED);
            return null;
        });
        assertThat(club.tiers().currentTierOf(member.getCustomerId())).as("suspended").isNull();
    }
}
