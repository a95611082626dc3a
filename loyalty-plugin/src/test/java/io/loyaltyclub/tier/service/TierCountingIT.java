package io.loyaltyclub.tier.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import io.loyaltyclub.tier.domain.TierCounting;

import java.time.Duration;
import java.time.Instant;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each way points reach a member, on the real Broadleaf context: 600 points available at once, and a tier at 500
 * points earned. Only what members buy lifts them (TierCounting): orders and partner purchases do, the club's gifts
 * (joining bonus, tier rewards, referral rewards, action and birthday rewards) and admins' adjustments do not.
 */
class TierCountingIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final TierQualificationService tiers = club.tierQualification();

    @BeforeEach
    void aTierAtFiveHundredPoints() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        club.qualifyingTier("C_SILVER", 21, 500L, "60.00", 0);
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @ParameterizedTest
    @EnumSource(value = EntryReason.class, names = {"ORDER", "PARTNER", "WELCOME", "TIER_REACHED", "REFERRAL_FRIEND",
            "REFERRAL_ADVOCATE", "ACTION_NEWSLETTER", "ACTION_REVIEW", "ACTION_SHARE", "ACTION_PROFILE",
            "ACTION_BIRTHDAY"})
    void six_hundred_points_earned_for_this_reason_reach_the_tier_only_if_members_bought_something(EntryReason reason) {
        LoyaltyAccount member = club.newMember("counting-" + reason.name().toLowerCase());
        Instant now = club.clock().instant();
        club.ledger().earn(member.getId(), 600, now, now.plus(Duration.ofDays(800)), EntrySource.of(reason),
                "tier-counting:" + Shop.unique());

        tiers.review(member.getId());

        boolean counts = reason == EntryReason.ORDER || reason == EntryReason.PARTNER;
        assertThat(TierCounting.countsAsPointsEarned(reason)).isEqualTo(counts);
        assertThat(club.tierCodeOf(member.getId())).as(reason + " counts toward tiers: " + counts)
                .isEqualTo(counts ? "C_SILVER" : null);
        assertThat(tiers.progress(member.getId()).getMeasure().getPointsEarned()).isEqualTo(counts ? 600 : 0);
    }

    @Test
    void an_admins_adjustment_up_is_a_correction_of_the_balance_and_reaches_no_tier() {
        LoyaltyAccount member = club.newMember("counting-admin");
        club.give(member.getId(), 600);

        tiers.review(member.getId());

        assertThat(club.ledger().balance(member.getId()).getAvailable()).isEqualTo(600);
        assertThat(club.tierCodeOf(member.getId())).isNull();
    }

    @Test
    void by_money_spent_an_order_counts_what_was_paid_and_the_clubs_gifts_count_nothing() throws Exception {
        club.configure(p -> {
            p.setTierBasis("MONEY_SPENT");
            p.setPendingDays(0);
        });
        Product bag = shop.product("Counting tote bag", "45.00");
        Customer customer = shop.customer("counting-money");
        LoyaltyAccount member = club.join(customer);
        Instant now = club.clock().instant();
        club.ledger().earn(member.getId(), 5000, now, null, EntrySource.of(EntryReason.REFERRAL_FRIEND),
                "tier-counting:" + Shop.unique());
        tiers.review(member.getId());
        assertThat(club.tierCodeOf(member.getId())).as("points given are no money spent").isNull();

        broadleaf.inSession(() -> shop.checkout(shop.cart(customer, line(bag, 2))));
        broadleaf.awaitLoyaltyWorkers();

        assertThat(club.tierCodeOf(member.getId())).as("90.00 spent").isEqualTo("C_SILVER");
    }
}
