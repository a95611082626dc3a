package io.loyaltyclub.tier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.domain.EntryReason;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

/** Every reason of the ledger, and whether it counts toward tiers: a new reason fails here until someone decides. */
class TierCountingTest {

    /** points earned, money spent */
    private static Map<EntryReason, boolean[]> decided() {
        Map<EntryReason, boolean[]> d = new EnumMap<EntryReason, boolean[]>(EntryReason.class);
        d.put(EntryReason.ORDER, new boolean[] {true, true});
        d.put(EntryReason.PARTNER, new boolean[] {true, false});
        d.put(EntryReason.WELCOME, new boolean[] {false, false});
        d.put(EntryReason.TIER_REACHED, new boolean[] {false, false});
        d.put(EntryReason.REFERRAL_FRIEND, new boolean[] {false, false});
        d.put(EntryReason.REFERRAL_ADVOCATE, new boolean[] {false, false});
        d.put(EntryReason.ACTION_NEWSLETTER, new boolean[] {false, false});
        d.put(EntryReason.ACTION_REVIEW, new boolean[] {false, false});
        d.put(EntryReason.ACTION_SHARE, new boolean[] {false, false});
        d.put(EntryReason.ACTION_PROFILE, new boolean[] {false, false});
        d.put(EntryReason.ACTION_BIRTHDAY, new boolean[] {false, false});
        d.put(EntryReason.ADMIN, new boolean[] {false, false});
        // No earnings: spending, giving back, taking back, expiry.
        d.put(EntryReason.ORDER_PAYMENT, new boolean[] {false, false});
        d.put(EntryReason.CHECKOUT_FAILED, new boolean[] {false, false});
        d.put(EntryReason.ORDER_CANCELLED, new boolean[] {false, false});
        d.put(EntryReason.ORDER_RETURNED, new boolean[] {false, false});
        d.put(EntryReason.EXPIRY, new boolean[] {false, false});
        d.put(EntryReason.REWARD, new boolean[] {false, false});
        return d;
    }

    @Test
    void every_reason_of_the_ledger_has_a_decision() {
        assertThat(decided().keySet()).containsExactlyInAnyOrder(EntryReason.values());
    }

    @Test
    void tiers_count_what_members_buy_at_the_shop_and_at_partners_and_nothing_the_club_gives() {
        for (Map.Entry<EntryReason, boolean[]> reason : decided().entrySet()) {
            assertThat(TierCounting.countsAsPointsEarned(reason.getKey())).as("points earned: " + reason.getKey())
                    .isEqualTo(reason.getValue()[0]);
            assertThat(TierCounting.countsAsMoneySpent(reason.getKey())).as("money spent: " + reason.getKey())
                    .isEqualTo(reason.getValue()[1]);
        }
        assertThat(TierCounting.pointsEarnedReasons()).containsExactly("ORDER", "PARTNER");
    }
}
