package io.loyaltyclub.birthday.service;

import io.loyaltyclub.birthday.persistence.BirthdayImpl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Members' birth dates and birthday rewards (loyalty spec, section 3): the date a member gives in the members'
 * area (the first one completes their profile: the PROFILE action reward), and the BIRTHDAY action reward once a
 * year in the birthday month, in the store's time zone, given by the {@code birthday-rewards} job.
 */
public interface BirthdayService {

    /** The member's birth date record, or null when they gave none. */
    BirthdayImpl birthdayOf(long accountId);

    /**
     * Saves the member's birth date. A date entered within 30 days of a birthday waits for the next year's
     * (BirthdayRule). The first date ever given earns the profile-completed reward.
     */
    BirthDateChange setBirthDate(long accountId, LocalDate birthDate);

    /** Members whose birthday reward may be due now, at most {@code limit}. */
    List<Long> dueMembers(Instant now, int limit);

    /**
     * Gives the member the birthday reward of the current year (store time zone) if it is due, and records that
     * this year's birthday was dealt with.
     *
     * @return the fact of the reward, or null when none was given
     */
    BirthdayRewardGranted rewardIfDue(long accountId, Instant now);

    /** Birthday rewards granted in [from, to), oldest first: the facts a birthday e-mail is sent for. */
    List<BirthdayRewardGranted> rewardsGranted(Instant from, Instant to, int limit);
}
