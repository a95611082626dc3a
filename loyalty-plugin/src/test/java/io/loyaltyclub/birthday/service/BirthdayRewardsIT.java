package io.loyaltyclub.birthday.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.messaging.domain.MessageType;
import io.loyaltyclub.messaging.service.MemberMessages;
import io.loyaltyclub.messaging.service.MessageTriggers;
import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.jobs.service.RunResult;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class BirthdayRewardsIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final BirthdayService birthdays = broadleaf.bean("loyaltyBirthdayService", BirthdayService.class);
    private final LoyaltyJobRunner jobs = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);

    @BeforeEach
    void birthdaysRewarded() {
        club.reset();
        club.actionRule(ActionType.BIRTHDAY, 100, null, null, 1, null);
        club.actionRule(ActionType.PROFILE, 25, null, null, null, 1);
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    /** Sets the club's clock to {@code moment} (always later than the real now in these tests). */
    private void at(String moment) {
        club.clock().moveBy(Duration.between(club.clock().instant(), Instant.parse(moment)));
    }

    private long birthdayPoints(LoyaltyAccount member) {
        long points = 0;
        for (LedgerEntry entry : club.ledger().history(member.getId(), null, 100)) {
            if (entry.getReason() == EntryReason.ACTION_BIRTHDAY) {
                points += entry.getPoints();
            }
        }
        return points;
    }

    private void runBirthdayJob() {
        RunResult result = jobs.run(BirthdayRewardsJob.NAME);
        assertThat(result.getKind()).isEqualTo(RunResult.Kind.COMPLETE);
    }

    @Test
    void the_first_birth_date_completes_the_profile_once_and_a_change_earns_nothing_more() {
        LoyaltyAccount member = club.newMember("profile");
        at("2030-06-01T10:00:00Z");
        club.ledger().settle(member.getId());
        long before = club.assertConsistent(member.getId()).getAvailable();

        BirthDateChange first = birthdays.setBirthDate(member.getId(), LocalDate.of(1990, 9, 15));
        BirthDateChange same = birthdays.setBirthDate(member.getId(), LocalDate.of(1990, 9, 15));
        BirthDateChange changed = birthdays.setBirthDate(member.getId(), LocalDate.of(1990, 10, 15));

        assertThat(first.getKind()).isEqualTo(BirthDateChange.Kind.SAVED);
        assertThat(first.getProfileReward().isGranted()).isTrue();
        assertThat(same.getKind()).isEqualTo(BirthDateChange.Kind.UNCHANGED);
        assertThat(changed.getKind()).isEqualTo(BirthDateChange.Kind.SAVED);
        assertThat(changed.getProfileReward().isGranted()).isFalse();
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(before + 25);
        assertThat(birthdays.birthdayOf(member.getId()).getBirthDate()).isEqualTo(LocalDate.of(1990, 10, 15));
    }

    @Test
    void a_birth_date_in_the_future_is_refused_and_nothing_is_saved() {
        LoyaltyAccount member = club.newMember("future");
        at("2030-06-01T10:00:00Z");
        club.ledger().settle(member.getId());
        long before = club.assertConsistent(member.getId()).getAvailable();

        BirthDateChange change = birthdays.setBirthDate(member.getId(), LocalDate.of(2030, 6, 2));

        assertThat(change.getKind()).isEqualTo(BirthDateChange.Kind.REFUSED);
        assertThat(change.getProblem()).isEqualTo("future");
        assertThat(birthdays.birthdayOf(member.getId())).isNull();
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(before);
    }

    @Test
    void the_birthday_reward_comes_once_in_the_birthday_month_and_again_the_next_year() {
        LoyaltyAccount member = club.newMember("yearly");
        at("2030-06-01T10:00:00Z");
        birthdays.setBirthDate(member.getId(), LocalDate.of(1988, 9, 20));

        at("2030-08-31T12:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).as("not before the birthday month").isZero();

        at("2030-09-02T12:00:00Z");
        runBirthdayJob();
        runBirthdayJob();
        at("2030-09-25T12:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).as("once in the month").isEqualTo(100);

        at("2031-09-01T08:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).as("again the next year").isEqualTo(200);
        club.assertConsistent(member.getId());
    }

    @Test
    void a_birth_date_changed_within_30_days_of_the_birthday_waits_for_the_next_year_across_the_year_boundary() {
        LoyaltyAccount member = club.newMember("boundary");
        at("2031-12-20T12:00:00Z");
        BirthDateChange change = birthdays.setBirthDate(member.getId(), LocalDate.of(1995, 1, 5));
        assertThat(change.getFirstRewardYear()).isEqualTo(2033);

        at("2032-01-06T12:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).as("the January birthday 16 days after the change waits").isZero();

        at("2033-01-03T12:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).as("the next year's").isEqualTo(100);
    }

    @Test
    void moving_the_birthday_to_this_month_after_this_years_reward_gives_no_second_one() {
        LoyaltyAccount member = club.newMember("mover");
        at("2030-01-10T12:00:00Z");
        birthdays.setBirthDate(member.getId(), LocalDate.of(1980, 4, 10));
        at("2030-04-05T12:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).isEqualTo(100);

        at("2030-07-01T12:00:00Z");
        birthdays.setBirthDate(member.getId(), LocalDate.of(1980, 9, 12));
        at("2030-09-13T12:00:00Z");
        runBirthdayJob();

        assertThat(birthdayPoints(member)).isEqualTo(100);
    }

    @Test
    void the_birthday_month_is_counted_in_the_store_time_zone() {
        LoyaltyAccount member = club.newMember("zone");
        at("2030-01-01T00:00:00Z");
        birthdays.setBirthDate(member.getId(), LocalDate.of(1985, 3, 10));

        // 28 February 12:00 in London is already 1 March 01:00 in Auckland.
        at("2030-02-28T12:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).as("still February in UTC").isZero();

        club.configure(p -> p.setTimeZone("Pacific/Auckland"));
        runBirthdayJob();
        assertThat(birthdayPoints(member)).as("March in the store's time zone").isEqualTo(100);
    }

    @Test
    void the_fact_of_a_birthday_reward_is_there_for_the_birthday_email() {
        LoyaltyAccount member = club.newMember("fact");
        at("2030-05-01T12:00:00Z");
        birthdays.setBirthDate(member.getId(), LocalDate.of(1970, 7, 1));
        at("2030-07-01T09:00:00Z");
        Instant before = club.clock().instant();
        runBirthdayJob();

        List<BirthdayRewardGranted> facts = birthdays.rewardsGranted(before, club.clock().instant().plusSeconds(1), 100);

        assertThat(facts).anySatisfy(fact -> {
            assertThat(fact.getAccountId()).isEqualTo(member.getId());
            assertThat(fact.getYear()).isEqualTo(2030);
            assertThat(fact.getPoints()).isEqualTo(100);
        });

        // The member-message triggers turn the fact into the birthday e-mail, once however often they look.
        MessageTriggers triggers = broadleaf.bean("loyaltyMessageTriggers", MessageTriggers.class);
        triggers.queueDue(club.clock().instant().plusSeconds(1), before, false);
        triggers.queueDue(club.clock().instant().plusSeconds(1), before, false);
        assertThat(broadleaf.bean("loyaltyMemberMessages", MemberMessages.class).messagesOf(member.getId(), 10))
                .filteredOn(m -> m.getType() == MessageType.BIRTHDAY).hasSize(1);
    }

    @Test
    void switched_off_birthday_rewards_give_nothing_and_stay_due_for_the_month() {
        LoyaltyAccount member = club.newMember("switched");
        at("2030-05-01T12:00:00Z");
        birthdays.setBirthDate(member.getId(), LocalDate.of(1970, 8, 20));
        club.actionRule(ActionType.BIRTHDAY, 100, null, null, 1, null);
        io.loyaltyclub.action.persistence.ActionRule rule = club.actions().rule(ActionType.BIRTHDAY);
        rule.setActive(false);
        club.actions().saveRule(rule);

        at("2030-08-02T12:00:00Z");
        runBirthdayJob();
        assertThat(birthdayPoints(member)).isZero();

        club.actionRule(ActionType.BIRTHDAY, 100, null, null, 1, null);
        runBirthdayJob();
        assertThat(birthdayPoints(member)).isEqualTo(100);
    }
}
