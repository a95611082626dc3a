package io.loyaltyclub.admin.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.member.persistence.MemberStatus;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * Serving a member from the admin on the real Broadleaf context and database (HSQLDB, or PostgreSQL with
 * -Dloyalty.test.db=postgres): what the loyalty panel reads and what "Adjust points" posts.
 */
class MemberServicingIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final MemberAdjustments adjustments = new MemberAdjustments();
    private final MemberPanelReader panels = new MemberPanelReader();
    private Customer customer;
    private long account;

    @BeforeEach
    void aMemberWithTheWelcomeBonus() {
        club.reset();
        adjustments.ledger = club.ledger();
        panels.ledger = club.ledger();
        panels.memberships = club.memberships();
        panels.programmes = club.programmes();
        customer = broadleaf.shop().customer("servicing");
        account = club.join(customer).getId();
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @Test
    void an_adjustment_records_the_admin_and_the_note_and_comes_first_in_the_history() {
        AdjustmentOutcome outcome = adjustments.adjust(account, form("250", "  Goodwill: parcel lost  "), "maria");

        assertThat(outcome.getKind()).isEqualTo(AdjustmentOutcome.Kind.POSTED);
        assertThat(outcome.message()).isEqualTo("Added 250 points.");
        MemberPanel panel = panels.read(customer, 1);
        assertThat(panel.getBalance().getAvailable()).isEqualTo(350);
        LedgerRow newest = panel.getLedger().get(0);
        assertThat(newest.getType()).isEqualTo(EntryType.ADJUST);
        assertThat(newest.getReason()).isEqualTo(EntryReason.ADMIN);
        assertThat(newest.getSignedPoints()).isEqualTo("+250");
        assertThat(newest.getAdminUser()).isEqualTo("maria");
        assertThat(newest.getNote()).isEqualTo("Goodwill: parcel lost");
        assertThat(panel.getLedger().get(1).getReason()).isEqualTo(EntryReason.WELCOME);
        club.assertConsistent(account);
    }

    @Test
    void the_same_form_sent_twice_posts_once() {
        AdjustPointsForm first = form("40", "Double click");
        AdjustPointsForm again = form("40", "Double click");
        again.setFormToken(first.getFormToken());

        AdjustmentOutcome posted = adjustments.adjust(account, first, "maria");
        AdjustmentOutcome replayed = adjustments.adjust(account, again, "maria");

        assertThat(replayed.getKind()).isEqualTo(AdjustmentOutcome.Kind.REPLAYED);
        assertThat(replayed.getEntry().getId()).isEqualTo(posted.getEntry().getId());
        assertThat(replayed.message()).contains("already recorded");
        assertThat(club.ledger().countEntries(account)).isEqualTo(2);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(140);
    }

    @Test
    void a_form_used_before_for_other_points_changes_nothing() {
        AdjustPointsForm first = form("40", "Goodwill");
        adjustments.adjust(account, first, "maria");
        AdjustPointsForm edited = form("-40", "Goodwill taken back");
        edited.setFormToken(first.getFormToken());

        AdjustmentOutcome outcome = adjustments.adjust(account, edited, "maria");

        assertThat(outcome.getKind()).isEqualTo(AdjustmentOutcome.Kind.FORM_USED);
        assertThat(club.ledger().countEntries(account)).isEqualTo(2);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(140);
    }

    @Test
    void a_form_with_problems_changes_nothing() {
        for (AdjustPointsForm bad : new AdjustPointsForm[] {form("50", ""), form("0", "Zero"), form("ten", "Text"),
                form("2000000", "Too many")}) {
            AdjustmentOutcome outcome = adjustments.adjust(account, bad, "maria");

            assertThat(outcome.getKind()).isEqualTo(AdjustmentOutcome.Kind.REFUSED);
            assertThat(outcome.getProblems()).isNotEmpty();
        }
        assertThat(club.ledger().countEntries(account)).isEqualTo(1);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(100);
    }

    @Test
    void taking_away_more_than_is_available_leaves_a_debt_that_the_panel_shows() {
        AdjustmentOutcome outcome = adjustments.adjust(account, form("-175", "Points of a fraudulent return"), "maria");

        assertThat(outcome.message()).isEqualTo("Took away 175 points. The member now owes 75 points (debt); "
                + "points they get later pay it off first.");
        MemberPanel panel = panels.read(customer, 1);
        assertThat(panel.getBalance().getAvailable()).isZero();
        assertThat(panel.getBalance().getDebt()).isEqualTo(75);
        assertThat(panel.getLedger().get(0).getSignedPoints()).isEqualTo("-175");
        club.assertConsistent(account);

        adjustments.adjust(account, form("100", "Goodwill after the review"), "maria");
        assertThat(club.assertConsistent(account).getDebt()).isZero();
        assertThat(club.ledger().balance(account).getAvailable()).isEqualTo(25);
    }

    @Test
    void the_panel_shows_the_membership_and_what_expires_within_thirty_days() {
        MemberPanel panel = panels.read(customer, 1);

        assertThat(panel.isMember()).isTrue();
        assertThat(panel.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(panel.getTermsVersion()).isEqualTo(club.programmes().findProgramme().getTermsVersion());
        assertThat(panel.getJoinedAt()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(panel.getBalance().getExpiringSoon()).isZero();
        assertThat(panel.getExpiringLastDay()).isNull();

        club.clock().moveBy(Duration.ofDays(24 * 31 - 40));
        MemberPanel later = panels.read(customer, 1);
        assertThat(later.getBalance().getExpiringSoon()).isEqualTo(100);
        assertThat(later.getExpiringLastDay()).isEqualTo(panel.getLedger().get(0).getLastValidDay());
    }

    @Test
    void a_customer_who_never_joined_is_shown_as_not_a_member() {
        Customer stranger = broadleaf.shop().customer("stranger");

        MemberPanel panel = panels.read(stranger, 1);

        assertThat(panel.isMember()).isFalse();
        assertThat(panel.getBalance()).isNull();
        assertThat(panel.getLedger()).isEmpty();
        assertThat(panel.getCustomerName()).isEqualTo("Test Shopper");
    }

    @Test
    void the_ledger_is_paged_twenty_entries_at_a_time_newest_first() {
        for (int i = 1; i <= 24; i++) {
            adjustments.adjust(account, form(String.valueOf(i), "Correction " + i), "maria");
        }

        MemberPanel first = panels.read(customer, 1);
        MemberPanel second = panels.read(customer, 2);

        assertThat(first.getPaging().getTotalEntries()).isEqualTo(25);
        assertThat(first.getLedger()).hasSize(20);
        assertThat(first.getLedger().get(0).getNote()).isEqualTo("Correction 24");
        assertThat(second.getLedger()).hasSize(5);
        assertThat(second.getLedger().get(4).getReason()).isEqualTo(EntryReason.WELCOME);
        assertThat(panels.read(customer, 7).getPaging().getPage()).isEqualTo(2);
        long previous = Long.MAX_VALUE;
        for (MemberPanel page : new MemberPanel[] {first, second}) {
            for (LedgerRow row : page.getLedger()) {
                assertThat(row.getSequence()).isLessThan(previous);
                previous = row.getSequence();
            }
        }
    }

    private static AdjustPointsForm form(String points, String note) {
        AdjustPointsForm form = AdjustPointsForm.blank();
        form.setPoints(points);
        form.setNote(note);
        return form;
    }

    @Test
    void setting_a_tier_needs_a_note_records_the_admin_and_shows_in_the_panel() {
        club.tier("SVC_GOLD", 2, "1.5");
        MemberTiers tiers = new MemberTiers();
        tiers.tiers = club.tiers();
        tiers.qualification = club.tierQualification();
        tiers.programmes = club.programmes();
        SetTierForm noNote = SetTierForm.blank("token-1");
        noNote.setMode("FLOOR");
        noNote.setTierCode("SVC_GOLD");
        SetTierForm unknownTier = SetTierForm.blank("token-2");
        unknownTier.setMode("FIXED");
        unknownTier.setTierCode("NO_SUCH_TIER");
        unknownTier.setNote("Staff");

        assertThat(tiers.set(account, noNote, "maria")).containsKey(SetTierForm.NOTE);
        assertThat(tiers.set(account, unknownTier, "maria")).containsKey(SetTierForm.TIER);
        assertThat(club.tierCodeOf(account)).isNull();

        noNote.setNote("  VIP customer since the old shop  ");
        assertThat(tiers.set(account, noNote, "maria")).isEmpty();

        assertThat(club.tierCodeOf(account)).isEqualTo("SVC_GOLD");
        assertThat(tiers.outcome(account)).isEqualTo("Tier set: the member is now in Svc_gold.");
        MemberTierPanel panel = tiers.read(club.memberships().findAccount(account));
        assertThat(panel.getTierName()).isEqualTo("Svc_gold");
        assertThat(panel.getManualMode()).isEqualTo("FLOOR");
        assertThat(panel.getManualBy()).isEqualTo("maria");
        assertThat(panel.getManualNote()).isEqualTo("VIP customer since the old shop");
        assertThat(panel.getChanges()).hasSize(1);
        assertThat(panel.getChanges().get(0).getReason()).isEqualTo("MANUAL");
        assertThat(panel.getChanges().get(0).getNote()).isEqualTo("VIP customer since the old shop");
        assertThat(panel.getTiers()).extracting("code").contains("SVC_GOLD");
    }
}
