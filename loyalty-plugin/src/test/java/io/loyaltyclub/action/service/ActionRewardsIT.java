package io.loyaltyclub.action.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.action.domain.ActionCaps;
import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.domain.GrantOutcome;
import io.loyaltyclub.action.persistence.ActionRule;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class ActionRewardsIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final ActionRewards actions = club.actions();

    @BeforeEach
    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private long available(LoyaltyAccount member) {
        return club.assertConsistent(member.getId()).getAvailable();
    }

    /** Moves the club's clock to an hour after the start of the next day, month or year (store time zone). */
    private void moveToNext(ActionCaps.Period period) {
        ZoneId zone = club.programmes().findProgramme().toRules().zone();
        Instant now = club.clock().instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate next = period == ActionCaps.Period.DAY ? today.plusDays(1)
                : period == ActionCaps.Period.MONTH ? today.withDayOfMonth(1).plusMonths(1)
                : today.withDayOfYear(1).plusYears(1);
        club.clock().moveBy(Duration.between(now, next.atStartOfDay(zone).toInstant()).plusHours(1));
    }

    @Test
    void an_occurrence_is_rewarded_once_however_often_it_is_asked_for() {
        club.actionRule(ActionType.REVIEW, 20, null, null, null, null);
        LoyaltyAccount member = club.newMember("once");

        ActionGrantResult first = actions.grant(member.getId(), ActionType.REVIEW, "review:1", "Mug");
        ActionGrantResult again = actions.grant(member.getId(), ActionType.REVIEW, "review:1", "Mug");

        assertThat(first.getOutcome()).isEqualTo(GrantOutcome.GRANTED);
        assertThat(again.getOutcome()).isEqualTo(GrantOutcome.ALREADY_GRANTED);
        assertThat(available(member)).isEqualTo(100 + 20);
        List<LedgerEntry> history = club.ledger().history(member.getId(), null, 10);
        assertThat(history.get(0).getReason()).isEqualTo(EntryReason.ACTION_REVIEW);
        assertThat(history.get(0).getReference()).isEqualTo("Mug");
    }

    @Test
    void the_daily_cap_stops_the_third_reward_of_a_day_and_the_next_day_counts_afresh() {
        club.actionRule(ActionType.SHARE, 30, 2, null, null, null);
        LoyaltyAccount member = club.newMember("daily");

        assertThat(actions.grant(member.getId(), ActionType.SHARE, "customer:1", null).isGranted()).isTrue();
        assertThat(actions.grant(member.getId(), ActionType.SHARE, "customer:2", null).isGranted()).isTrue();
        ActionGrantResult third = actions.grant(member.getId(), ActionType.SHARE, "customer:3", null);

        assertThat(third.getOutcome()).isEqualTo(GrantOutcome.CAPPED);
        assertThat(third.getCapReached()).isEqualTo(ActionCaps.Period.DAY);
        assertThat(available(member)).isEqualTo(100 + 60);

        moveToNext(ActionCaps.Period.DAY);
        assertThat(actions.grant(member.getId(), ActionType.SHARE, "customer:3", null).isGranted()).isTrue();
        assertThat(available(member)).isEqualTo(100 + 90);
    }

    @Test
    void the_monthly_cap_holds_across_days_until_the_next_month() {
        club.configure(p -> p.setTimeZone("America/New_York"));
        club.actionRule(ActionType.REVIEW, 20, null, 2, null, null);
        LoyaltyAccount member = club.newMember("monthly");

        assertThat(actions.grant(member.getId(), ActionType.REVIEW, "review:a", null).isGranted()).isTrue();
        assertThat(actions.grant(member.getId(), ActionType.REVIEW, "review:b", null).isGranted()).isTrue();
        ActionGrantResult third = actions.grant(member.getId(), ActionType.REVIEW, "review:c", null);
        assertThat(third.getCapReached()).isEqualTo(ActionCaps.Period.MONTH);

        moveToNext(ActionCaps.Period.MONTH);
        assertThat(actions.grant(member.getId(), ActionType.REVIEW, "review:c", null).isGranted()).isTrue();
        assertThat(actions.grant(member.getId(), ActionType.REVIEW, "review:d", null).isGranted()).isTrue();
        assertThat(actions.grant(member.getId(), ActionType.REVIEW, "review:e", null).getCapReached())
                .isEqualTo(ActionCaps.Period.MONTH);
        assertThat(available(member)).isEqualTo(100 + 4 * 20);
    }

    @Test
    void the_yearly_cap_holds_until_the_next_calendar_year_in_the_store_time_zone() {
        club.configure(p -> p.setTimeZone("Asia/Tokyo"));
        club.actionRule(ActionType.BIRTHDAY, 100, null, null, 1, null);
        LoyaltyAccount member = club.newMember("yearly");

        assertThat(actions.grant(member.getId(), ActionType.BIRTHDAY, "year:x", null).isGranted()).isTrue();
        assertThat(actions.grant(member.getId(), ActionType.BIRTHDAY, "year:y", null).getCapReached())
                .isEqualTo(ActionCaps.Period.YEAR);

        moveToNext(ActionCaps.Period.YEAR);
        assertThat(actions.grant(member.getId(), ActionType.BIRTHDAY, "year:y", null).isGranted()).isTrue();
        assertThat(available(member)).isEqualTo(100 + 200);
    }

    @Test
    void the_lifetime_cap_holds_for_ever() {
        club.actionRule(ActionType.PROFILE, 25, null, null, null, 1);
        LoyaltyAccount member = club.newMember("lifetime");

        assertThat(actions.grant(member.getId(), ActionType.PROFILE, "birth-date", null).isGranted()).isTrue();
        club.clock().moveBy(Duration.ofDays(800));
        ActionGrantResult later = actions.grant(member.getId(), ActionType.PROFILE, "something-else", null);

        assertThat(later.getOutcome()).isEqualTo(GrantOutcome.CAPPED);
        assertThat(later.getCapReached()).isEqualTo(ActionCaps.Period.LIFETIME);
        assertThat(actions.grantsOf(member.getId(), ActionType.PROFILE)).hasSize(1);
    }

    @Test
    void two_grants_at_once_never_both_pass_a_cap() throws Exception {
        club.actionRule(ActionType.SHARE, 30, 1, null, null, null);
        final LoyaltyAccount member = club.newMember("race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<ActionGrantResult>> results = new ArrayList<Future<ActionGrantResult>>();
        for (int i = 0; i < 8; i++) {
            final int visitor = i;
            results.add(pool.submit(new Callable<ActionGrantResult>() {
                @Override
                public ActionGrantResult call() throws Exception {
                    start.await();
                    return actions.grant(member.getId(), ActionType.SHARE, "customer:" + visitor, null);
                }
            }));
        }
        start.countDown();
        int granted = 0;
        int capped = 0;
        for (Future<ActionGrantResult> result : results) {
            GrantOutcome outcome = result.get().getOutcome();
            granted += outcome == GrantOutcome.GRANTED ? 1 : 0;
            capped += outcome == GrantOutcome.CAPPED ? 1 : 0;
        }
        pool.shutdown();

        assertThat(granted).isEqualTo(1);
        assertThat(capped).isEqualTo(7);
        assertThat(available(member)).isEqualTo(100 + 30);
        assertThat(actions.grantsOf(member.getId(), ActionType.SHARE)).hasSize(1);
    }

    @Test
    void the_same_occurrence_asked_for_at_once_is_rewarded_once() throws Exception {
        club.actionRule(ActionType.REVIEW, 20, null, null, null, null);
        final LoyaltyAccount member = club.newMember("samerace");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<ActionGrantResult>> results = new ArrayList<Future<ActionGrantResult>>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return actions.grant(member.getId(), ActionType.REVIEW, "review:same", null);
            }));
        }
        start.countDown();
        int granted = 0;
        for (Future<ActionGrantResult> result : results) {
            granted += result.get().isGranted() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(granted).isEqualTo(1);
        assertThat(available(member)).isEqualTo(100 + 20);
    }

    @Test
    void the_rules_come_from_memory_and_a_change_on_another_node_counts_within_the_refresh_seconds()
            throws InterruptedException {
        club.actionRule(ActionType.REVIEW, 20, null, null, null, null);
        assertThat(actions.rule(ActionType.REVIEW).getPoints()).as("saved on this node: at once").isEqualTo(20);

        // What the admin's JVM does: the row changes, no entity of this JVM does (plain SQL).
        long inTheChangingTransaction = broadleaf.inTransaction(() -> {
            broadleaf.entityManager().createNativeQuery(
                    "update LOYALTY_ACTION_RULE set POINTS = 45 where ACTION_TYPE = 'REVIEW'").executeUpdate();
            return actions.rule(ActionType.REVIEW).getPoints();
        });
        assertThat(inTheChangingTransaction).as("from memory, not a query in the caller's transaction").isEqualTo(20);

        long until = System.nanoTime() + 3_000_000_000L;
        while (actions.rule(ActionType.REVIEW).getPoints() != 45 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(actions.rule(ActionType.REVIEW).getPoints()).as("loyalty.actionRules.refreshSeconds=1 in the harness")
                .isEqualTo(45);
        LoyaltyAccount member = club.newMember("elsewhere");
        assertThat(actions.grant(member.getId(), ActionType.REVIEW, "review:elsewhere", null).getPoints())
                .as("a grant reads its rule afresh").isEqualTo(45);

        ActionRule copy = actions.rule(ActionType.REVIEW);
        copy.setPoints(1);
        assertThat(actions.rule(ActionType.REVIEW).getPoints()).as("a caller's copy changes nothing kept")
                .isEqualTo(45);
    }

    @Test
    void an_action_the_shop_does_not_reward_earns_nothing() {
        LoyaltyAccount member = club.newMember("off");

        ActionGrantResult result = actions.grant(member.getId(), ActionType.REVIEW, "review:off", null);

        assertThat(result.getOutcome()).isEqualTo(GrantOutcome.NOT_OFFERED);
        assertThat(available(member)).isEqualTo(100);
        assertThat(actions.wasGranted(member.getId(), ActionType.REVIEW, "review:off")).isFalse();
    }

    @Test
    void a_taken_back_reward_no_longer_counts_and_leaves_the_ledger_balanced() {
        club.actionRule(ActionType.SHARE, 30, 1, null, null, null);
        LoyaltyAccount member = club.newMember("revoke");
        actions.grant(member.getId(), ActionType.SHARE, "customer:9", null);

        assertThat(actions.revoke(member.getId(), ActionType.SHARE, "customer:9")).isTrue();
        assertThat(actions.revoke(member.getId(), ActionType.SHARE, "customer:9")).isFalse();

        assertThat(available(member)).isEqualTo(100);
        assertThat(actions.grant(member.getId(), ActionType.SHARE, "customer:9", null).isGranted()).isTrue();
        assertThat(available(member)).isEqualTo(130);
    }

    @Test
    void the_first_newsletter_sign_up_is_rewarded_and_never_again_after_unsubscribing_and_resubscribing() {
        club.actionRule(ActionType.NEWSLETTER, 50, null, null, null, null);
        Customer customer = broadleaf.shop().customer("newsletter");
        String terms = club.programmes().findProgramme().getTermsVersion();
        LoyaltyAccount member = club.memberships().join(customer.getId(), terms, true).getAccount();
        assertThat(available(member)).isEqualTo(100 + 50);

        club.memberships().changeMarketingConsent(customer.getId(), false);
        club.memberships().changeMarketingConsent(customer.getId(), true);
        club.memberships().changeMarketingConsent(customer.getId(), true);

        assertThat(available(member)).isEqualTo(100 + 50);
        assertThat(actions.grantsOf(member.getId(), ActionType.NEWSLETTER)).hasSize(1);
    }

    @Test
    void a_member_who_joined_without_consent_is_rewarded_when_signing_up_later() {
        club.actionRule(ActionType.NEWSLETTER, 50, null, null, null, null);
        LoyaltyAccount member = club.newMember("later");
        assertThat(available(member)).isEqualTo(100);

        club.memberships().changeMarketingConsent(member.getCustomerId(), true);

        assertThat(available(member)).isEqualTo(150);
    }
}
