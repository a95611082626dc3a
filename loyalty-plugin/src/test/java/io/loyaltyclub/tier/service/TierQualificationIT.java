package io.loyaltyclub.tier.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.jobs.service.PointsSettlementJob;
import io.loyaltyclub.jobs.service.TierReviewJob;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.returns.service.OrderReturnService;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import io.loyaltyclub.tier.domain.ManualMode;
import io.loyaltyclub.tier.domain.TierChangeReason;
import io.loyaltyclub.tier.persistence.TierChangeImpl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tiers reached and lost by qualifying, by hand, and after returns, on the real Broadleaf context. */
class TierQualificationIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final TierQualificationService tiers = club.tierQualification();
    private final LoyaltyJobRunner jobs = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);

    @BeforeEach
    void theTiers() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        club.qualifyingTier("Q_SILVER", 11, 500L, "60.00", 50);
        club.qualifyingTier("Q_GOLD", 12, 1000L, "150.00", 0);
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private void earn(LoyaltyAccount member, long points, Duration pending) {
        Instant now = club.clock().instant();
        club.ledger().earn(member.getId(), points, now.plus(pending), now.plus(Duration.ofDays(800)),
                EntrySource.order(EntryReason.ORDER, null, "T-" + Shop.unique()), "tier-test:" + Shop.unique());
    }

    private List<LedgerEntry> tierRewards(LoyaltyAccount member) {
        return club.ledger().history(member.getId(), null, 100).stream()
                .filter(e -> e.getReason() == EntryReason.TIER_REACHED).collect(Collectors.toList());
    }

    private void nightly() {
        jobs.run(TierReviewJob.NAME);
    }

    @Test
    void points_earned_reach_a_tier_a_balance_given_by_the_shop_does_not() {
        LoyaltyAccount earner = club.newMember("earner");
        LoyaltyAccount gifted = club.newMember("gifted");
        earn(earner, 600, Duration.ZERO);
        club.ledger().redeem(earner.getId(), 550, EntrySource.of(EntryReason.ORDER_PAYMENT), "spend:" + Shop.unique());
        club.give(gifted.getId(), 5000);

        TierChangeImpl change = tiers.review(earner.getId());
        tiers.review(gifted.getId());
        tiers.review(earner.getId());

        assertThat(club.tierCodeOf(earner.getId())).as("600 earned, 50 left + reward").isEqualTo("Q_SILVER");
        assertThat(club.tierCodeOf(gifted.getId())).as("5000 in the balance, none earned").isNull();
        assertThat(change.getReason()).isEqualTo(TierChangeReason.QUALIFIED);
        assertThat(change.getFromTierCode()).isNull();
        assertThat(change.getDetail()).contains("600 points earned");
        assertThat(tierRewards(earner)).as("the reward of the tier, once").hasSize(1)
                .first().extracting(LedgerEntry::getPoints).isEqualTo(50L);
        assertThat(club.tiers().currentTierOf(earner.getCustomerId()).getCode()).isEqualTo("Q_SILVER");
        club.assertConsistent(earner.getId());
    }

    @Test
    void pending_points_count_once_they_become_available() {
        LoyaltyAccount member = club.newMember("pending");
        earn(member, 1200, Duration.ofDays(14));
        tiers.review(member.getId());
        assertThat(club.tierCodeOf(member.getId())).as("still pending").isNull();

        club.clock().moveBy(Duration.ofDays(15));
        jobs.run(PointsSettlementJob.NAME);

        assertThat(club.tierCodeOf(member.getId())).isEqualTo("Q_GOLD");
    }

    @Test
    void over_rolling_twelve_months_a_tier_is_kept_twelve_months_from_the_last_review_that_qualified() {
        LoyaltyAccount member = club.newMember("rolling");
        earn(member, 700, Duration.ZERO);
        tiers.review(member.getId());
        assertThat(club.tierCodeOf(member.getId())).isEqualTo("Q_SILVER");

        club.clock().moveBy(Duration.ofDays(300));
        nightly();
        assertThat(club.tierCodeOf(member.getId())).as("the points still count").isEqualTo("Q_SILVER");

        club.clock().moveBy(Duration.ofDays(70));
        nightly();
        assertThat(club.tierCodeOf(member.getId())).as("the points left the window: the tier is kept")
                .isEqualTo("Q_SILVER");

        club.clock().moveBy(Duration.ofDays(290));
        nightly();
        assertThat(club.tierCodeOf(member.getId())).as("day 660: kept until 12 months after day 300")
                .isEqualTo("Q_SILVER");

        club.clock().moveBy(Duration.ofDays(10));
        nightly();
        assertThat(club.tierCodeOf(member.getId())).as("day 670: lost").isNull();
        assertThat(tiers.changes(member.getId(), 10).get(0).getReason()).isEqualTo(TierChangeReason.PERIOD_ENDED);
    }

    @Test
    void over_a_calendar_year_a_tier_is_kept_to_the_end_of_the_next_year() {
        club.configure(p -> p.setTierPeriod("CALENDAR_YEAR"));
        LoyaltyAccount member = club.newMember("calendar");
        earn(member, 1000, Duration.ZERO);
        tiers.review(member.getId());
        assertThat(club.tierCodeOf(member.getId())).isEqualTo("Q_GOLD");
        int year = club.clock().instant().atZone(ZoneOffset.UTC).getYear();
        Instant newYearAfterNext = LocalDate.of(year + 2, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

        club.clock().moveBy(Duration.between(club.clock().instant(), newYearAfterNext).minusHours(1));
        earn(member, 600, Duration.ZERO);
        nightly();
        assertThat(club.tierCodeOf(member.getId())).as("the last hour of the next year").isEqualTo("Q_GOLD");

        club.clock().moveBy(Duration.ofHours(2));
        nightly();
        assertThat(club.tierCodeOf(member.getId())).as("600 earned last year keep the lower tier")
                .isEqualTo("Q_SILVER");
        TierChangeImpl lost = tiers.changes(member.getId(), 10).get(0);
        assertThat(lost.getReason()).isEqualTo(TierChangeReason.PERIOD_ENDED);
        assertThat(lost.getFromTierCode()).isEqualTo("Q_GOLD");
    }

    @Test
    void an_admin_sets_a_floor_or_a_fixed_tier_with_a_note_and_can_give_the_member_back_to_qualifying() {
        LoyaltyAccount member = club.newMember("manual");
        earn(member, 600, Duration.ZERO);
        tiers.review(member.getId());

        assertThatThrownBy(() -> tiers.setManualTier(member.getId(), ManualMode.FLOOR, "Q_GOLD", "admin", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(club.tierCodeOf(member.getId())).isEqualTo("Q_SILVER");

        TierChangeImpl floor = tiers.setManualTier(member.getId(), ManualMode.FLOOR, "Q_GOLD", "admin", "Complaint");
        assertThat(club.tierCodeOf(member.getId())).isEqualTo("Q_GOLD");
        assertThat(floor.getReason()).isEqualTo(TierChangeReason.MANUAL);
        assertThat(floor.getNote()).isEqualTo("Complaint");
        assertThat(floor.getAdminUser()).isEqualTo("admin");

        tiers.setManualTier(member.getId(), ManualMode.FIXED, "Q_SILVER", "admin", "Staff account");
        earn(member, 2000, Duration.ZERO);
        tiers.review(member.getId());
        assertThat(club.tierCodeOf(member.getId())).as("fixed: qualifying does not lift it").isEqualTo("Q_SILVER");

        tiers.setManualTier(member.getId(), ManualMode.FLOOR, "Q_SILVER", "admin", "No longer staff");
        assertThat(club.tierCodeOf(member.getId())).as("a floor below what they qualify for").isEqualTo("Q_GOLD");

        TierChangeImpl automatic = tiers.setManualTier(member.getId(), null, null, "admin", "Back to normal");
        assertThat(automatic.getReason()).isEqualTo(TierChangeReason.MANUAL_CLEARED);
        assertThat(club.tierCodeOf(member.getId())).isEqualTo("Q_GOLD");
        assertThat(tiers.changes(member.getId(), 10)).extracting(TierChangeImpl::getReason)
                .containsSubsequence(TierChangeReason.MANUAL_CLEARED, TierChangeReason.MANUAL, TierChangeReason.MANUAL,
                        TierChangeReason.MANUAL, TierChangeReason.QUALIFIED);
    }

    @Test
    void a_return_of_what_reached_a_tier_takes_it_back_another_return_does_not() throws Exception {
        club.configure(p -> {
            p.setTierBasis("MONEY_SPENT");
            p.setPendingDays(0);
        });
        Customer customer = shop.customer("spender");
        LoyaltyAccount member = club.join(customer);
        Product lamp = shop.product("Tier lamp", "40.00");
        OrderReturnService returns = broadleaf.bean("loyaltyOrderReturnService", OrderReturnService.class);

        Order reaching = placed(customer, lamp, 2);
        assertThat(club.tierCodeOf(member.getId())).as("80.00 spent").isEqualTo("Q_SILVER");
        Order later = placed(customer, lamp, 1);
        broadleaf.inSession(() -> returns.cancel(later.getId(), "admin", "Changed mind", "cancel:" + Shop.unique()));
        assertThat(club.tierCodeOf(member.getId())).as("the cancelled order did not reach the tier")
                .isEqualTo("Q_SILVER");

        long item = broadleaf.inSession(() -> shop.orders().findOrderById(reaching.getId()).getOrderItems().get(0)
                .getId());
        broadleaf.inSession(() -> returns.returnItems(reaching.getId(), Collections.singletonMap(item, 1), "admin",
                "One came back", "return:" + Shop.unique()));

        assertThat(club.tierCodeOf(member.getId())).as("40.00 kept: the tier was bought by what came back").isNull();
        assertThat(tiers.changes(member.getId(), 10).get(0).getReason()).isEqualTo(TierChangeReason.ORDER_RETURNED);
    }

    @Test
    void an_order_of_a_member_in_a_tier_earns_with_the_tier_multiplier() throws Exception {
        club.tier("Q_DOUBLE", 13, "2");
        Customer customer = shop.customer("doubler");
        LoyaltyAccount member = club.join(customer);
        club.setTier(member.getId(), "Q_DOUBLE");
        Product lamp = shop.product("Double lamp", "40.00");

        Order order = placed(customer, lamp, 1);

        OrderEarningImpl earning = club.earnings().findForOrder(order.getId());
        assertThat(earning.getPoints()).isEqualTo(80);
    }

    private Order placed(Customer customer, Product product, int quantity) throws Exception {
        Order order = broadleaf.inSession(() -> shop.checkout(shop.shipped(shop.cart(customer, line(product, quantity)))));
        broadleaf.awaitLoyaltyWorkers();
        if (club.earnings().findForOrder(order.getId()) == null) {
            broadleaf.inSession(() -> club.earnings().earnFor(shop.orders().findOrderById(order.getId())));
        }
        return order;
    }
}
