package io.loyaltyclub.tier.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.platform.Refresher;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

/**
 * The one rule for coupons, early accesses and member gifts limited to a tier (loyalty spec, section 7), from the
 * tier's code to who is admitted; the tiers come from a map instead of the database.
 */
class TierRequirementOfTest {

    private final Map<String, LoyaltyTier> stored = new HashMap<String, LoyaltyTier>();
    private final TierServiceImpl tiers = new TierServiceImpl() {
        @Override
        protected Map<String, LoyaltyTierImpl> readTiers() {
            Map<String, LoyaltyTierImpl> read = new HashMap<String, LoyaltyTierImpl>();
            for (LoyaltyTier tier : stored.values()) {
                read.put(tier.getCode(), ((LoyaltyTierImpl) tier).detachedCopy());
            }
            return read;
        }

        @Override
        public LoyaltyTier findTier(String code) {
            return stored.get(code);
        }
    };
    private final Refresher refresher = new Refresher(null);

    private final LoyaltyTier silver = tier("SILVER", "Silver", 1, true);
    private final LoyaltyTier gold = tier("GOLD", "Gold", 2, true);
    private final LoyaltyTier platinum = tier("PLATINUM", "Platinum", 3, true);
    private final LoyaltyTier diamond = tier("DIAMOND", "Diamond", 4, false);

    private LoyaltyTier tier(String code, String name, int rank, boolean active) {
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setCode(code);
        tier.setName(name);
        tier.setRank(rank);
        tier.setActive(active);
        stored.put(code, tier);
        return tier;
    }

    @BeforeEach
    void start() {
        tiers.refresher = refresher;
        tiers.init();
    }

    @AfterEach
    void stop() {
        tiers.stop();
        refresher.stop();
    }

    private boolean admits(String tierCode, MemberStanding shopper) {
        return tiers.requirementOf(tierCode).admits(shopper.isMember(), shopper.getRank());
    }

    @Test
    void a_member_of_the_tier_or_a_higher_one_is_admitted() {
        assertThat(admits("GOLD", MemberStanding.member(gold))).as("same rank").isTrue();
        assertThat(admits("GOLD", MemberStanding.member(platinum))).as("higher rank").isTrue();
        assertThat(tiers.requirementOf("GOLD").getTierName()).isEqualTo("Gold");
    }

    @Test
    void a_member_of_a_lower_tier_or_of_none_and_a_non_member_are_not() {
        assertThat(admits("GOLD", MemberStanding.member(silver))).as("lower rank").isFalse();
        assertThat(admits("GOLD", MemberStanding.member(null))).as("member without a tier").isFalse();
        assertThat(admits("GOLD", MemberStanding.outsider())).as("non-member").isFalse();
        assertThat(admits("SILVER", MemberStanding.outsider())).as("non-member, lowest tier").isFalse();
    }

    @Test
    void a_tier_that_does_not_exist_admits_nobody() {
        assertThat(admits("EMERALD", MemberStanding.member(platinum))).isFalse();
        assertThat(admits("EMERALD", MemberStanding.outsider())).isFalse();
        assertThat(tiers.requirementOf("EMERALD").getTierName()).as("the code stands in for the name")
                .isEqualTo("EMERALD");
    }

    @Test
    void a_switched_off_tier_admits_nobody_not_even_its_own_members() {
        assertThat(admits("DIAMOND", MemberStanding.member(diamond))).as("its own rank").isFalse();
        assertThat(admits("DIAMOND", MemberStanding.member(platinum))).isFalse();
        assertThat(tiers.requirementOf("DIAMOND").getTierName()).isEqualTo("DIAMOND");
    }
}
