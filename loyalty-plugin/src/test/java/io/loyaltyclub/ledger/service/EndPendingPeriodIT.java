package io.loyaltyclub.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * LoyaltyLedgerService.endPendingPeriod on the real context: an earning's pending points become available at once
 * (an admin ended its order's return window), once, with the balance total unchanged.
 */
class EndPendingPeriodIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final LoyaltyLedgerService ledger = club.ledger();
    private long account;

    @BeforeEach
    void aMemberWithoutAWelcomeBonus() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        account = club.newMember("pending-end").getId();
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private LedgerEntry earnPending(long points) {
        Instant now = club.clock().instant();
        return ledger.earn(account, points, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(400)),
                EntrySource.of(EntryReason.ORDER), "pending-end:" + System.nanoTime()).getEntry();
    }

    private LedgerEntry spend(long points) {
        return ledger.redeem(account, points, EntrySource.of(EntryReason.ORDER_PAYMENT), "spend:" + System.nanoTime())
                .getEntry();
    }

    @Test
    void pending_points_become_available_now_once_and_the_entry_says_when() {
        LedgerEntry earning = earnPending(120);
        long entries = ledger.countEntries(account);
        club.clock().moveBy(Duration.ofDays(2));
        Instant ended = club.clock().instant();

        assertThat(ledger.endPendingPeriod(earning.getId())).isEqualTo(120);
        Instant after = club.clock().instant();

        Balance balance = club.assertConsistent(account);
        assertThat(balance.getAvailable()).isEqualTo(120);
        assertThat(balance.getPending()).isZero();
        assertThat(ledger.findEntry(earning.getId()).getAvailableAt().getTime()).as("available from now")
                .isBetween(ended.toEpochMilli(), after.toEpochMilli());
        assertThat(ledger.countEntries(account)).as("no entry: the total did not change").isEqualTo(entries);
        assertThat(ledger.endPendingPeriod(earning.getId())).as("a second time").isZero();
        assertThat(ledger.accountsToSettle(1000)).doesNotContain(account);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(120);
    }

    @Test
    void points_spent_early_and_given_back_stay_available() {
        LedgerEntry earning = earnPending(300);
        ledger.endPendingPeriod(earning.getId());
        LedgerEntry spent = spend(200);

        ledger.restore(spent.getId(), 200, EntrySource.of(EntryReason.CHECKOUT_FAILED), "restore:" + System.nanoTime());

        Balance balance = club.assertConsistent(account);
        assertThat(balance.getAvailable()).as("back in a lot that is available now, not pending again")
                .isEqualTo(300);
        assertThat(balance.getPending()).isZero();
    }

    @Test
    void a_debt_is_paid_first_and_only_what_is_left_of_the_lot_becomes_available() {
        club.give(account, 50);
        spend(50);
        ledger.adjust(account, -30, EntrySource.admin("maria", "Correction"), "debt:" + System.nanoTime());
        LedgerEntry earning = earnPending(100);
        ledger.reverseEarn(earning.getId(), 20, EntrySource.of(EntryReason.ORDER_RETURNED), "back:" + System.nanoTime());

        assertThat(ledger.endPendingPeriod(earning.getId())).as("80 left of 100").isEqualTo(80);

        Balance balance = club.assertConsistent(account);
        assertThat(balance.getDebt()).isZero();
        assertThat(balance.getAvailable()).as("80 less the debt of 30").isEqualTo(50);
    }

    @Test
    void points_already_available_or_no_earning_change_nothing() {
        LedgerEntry earning = earnPending(60);
        club.clock().moveBy(Duration.ofDays(15));
        Date planned = ledger.findEntry(earning.getId()).getAvailableAt();

        assertThat(ledger.endPendingPeriod(earning.getId())).isZero();
        assertThat(ledger.findEntry(earning.getId()).getAvailableAt()).isEqualTo(planned);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(60);
        LedgerEntry spending = spend(10);
        assertThatThrownBy(() -> ledger.endPendingPeriod(spending.getId())).isInstanceOf(IllegalArgumentException.class);
    }
}
