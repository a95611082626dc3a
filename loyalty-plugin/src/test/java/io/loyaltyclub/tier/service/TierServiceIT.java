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

import java.math.BigDecimal;

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

    @Test
    void a_tier_saved_on_this_node_counts_at_once() {
        club.tier("KEPT", 7, "1.25");
        LoyaltyAccount member = club.newMember("kept");
        club.setTier(member.getId(), "KEPT");
        assertThat(club.tiers().currentTierOf(member.getCustomerId()).getEarnMultiplier()).isEqualByComparingTo("1.25");

        club.tier("KEPT", 7, "2");
        assertThat(club.tiers().currentTierOf(member.getCustomerId()).getEarnMultiplier()).isEqualByComparingTo("2");

        broadleaf.inTransaction(() -> {
            LoyaltyTier kept = broadleaf.bean("loyaltyTierDao", io.loyaltyclub.tier.persistence.TierDao.class).findByCode("KEPT");
            kept.setActive(false);
            return null;
        });
        assertThat(club.tiers().currentTierOf(member.getCustomerId())).as("switched off").isNull();
    }

    @Test
    void a_member_s_tier_is_read_from_memory_and_a_change_on_another_node_counts_within_the_refresh_seconds()
            throws InterruptedException {
        club.tier("ELSEWHERE", 8, "1.25");
        LoyaltyAccount member = club.newMember("elsewhere");
        club.setTier(member.getId(), "ELSEWHERE");
        LoyaltyAccount account = club.memberships().findByCustomer(member.getCustomerId());
        assertThat(club.tiers().tierOf(account).getEarnMultiplier()).isEqualByComparingTo("1.25");

        // What the admin's JVM does: the row changes, no entity of this JVM does (plain SQL).
        BigDecimal inTheChangingTransaction = broadleaf.inTransaction(() -> {
            broadleaf.entityManager().createNativeQuery(
                    "update LOYALTY_TIER set EARN_MULTIPLIER = 3 where CODE = 'ELSEWHERE'").executeUpdate();
            return club.tiers().tierOf(account).getEarnMultiplier();
        });
        assertThat(inTheChangingTransaction).as("from memory, not a query in the caller's transaction")
                .isEqualByComparingTo("1.25");

        long until = System.nanoTime() + 3_000_000_000L;
        while (club.tiers().tierOf(account).getEarnMultiplier().compareTo(new BigDecimal("3")) != 0
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(club.tiers().tierOf(account).getEarnMultiplier()).as("loyalty.tiers.refreshSeconds=1 in the harness")
                .isEqualByComparingTo("3");
        broadleaf.inTransaction(() -> {
            broadleaf.bean("loyaltyTierDao", io.loyaltyclub.tier.persistence.TierDao.class).findByCode("ELSEWHERE")
                    .setActive(false);
            return null;
        });
    }
}
