package io.loyaltyclub.messaging.service;

import io.loyaltyclub.messaging.persistence.MemberMessageImpl;
import io.loyaltyclub.messaging.persistence.MessageSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Queues the club's e-mails to members (loyalty spec, section 11); the sending job
 * ({@link MessageSendingJob}) sends them. Every occasion has a key, so queuing it again (a retried trigger, a job run
 * twice, two nodes) returns the message queued the first time and sends nothing more. Each method joins the
 * caller's transaction, so a message queued by a trigger that rolls back is gone with it.
 *
 * <p>Whether a message is actually sent is decided when it is due: the type switched on, an active membership,
 * marketing consent for marketing messages, the weekly cap (a message over it waits), still up to date.
 */
public interface MemberMessages {

    /** Welcome to the club (service message), once per membership. */
    MemberMessageImpl welcome(long accountId);

    /** Pending points of an earning (its lot) became available (service message), once per lot. */
    MemberMessageImpl pointsAvailable(long accountId, long lotId, long points);

    /** The member's points expiring on {@code day} (store time zone) (service message), once per member and day. */
    MemberMessageImpl pointsExpiring(long accountId, LocalDate day);

    /** The member reached a tier (service message), once per recorded tier change. */
    MemberMessageImpl tierReached(long accountId, long tierChangeId, String tierCode);

    /**
     * The member keeps {@code tierCode} only until {@code keptUntil} unless they earn or spend more (marketing
     * message), once per member, tier and end of period.
     */
    MemberMessageImpl tierAtRisk(long accountId, String tierCode, Instant keptUntil);

    /**
     * Happy birthday (marketing message), once per member and year. For the birthday feature to call in the
     * member's birthday month.
     *
     * @throws IllegalArgumentException for a year before 2000 or after 2999, or an unknown account
     */
    MemberMessageImpl birthday(long accountId, int year);

    /**
     * The member's referral paid {@code points} (service message), once per {@code referralKey}. For the referral
     * feature to call when it credits the advocate's reward.
     *
     * @param referralKey the referral's own unique key (for instance its idempotency key in the ledger)
     * @throws IllegalArgumentException for a blank key, points below 1, or an unknown account
     */
    MemberMessageImpl referralRewarded(long accountId, String referralKey, long points);

    /** The member's messages, newest first. */
    List<MemberMessageImpl> messagesOf(long accountId, int limit);

    /** The settings (made with the defaults on first use). */
    MessageSettings settings();

    /**
     * Saves changed settings.
     *
     * @throws InvalidMessageSettingsException with the problems by field; nothing is saved
     */
    MessageSettings saveSettings(MessageSettings settings);
}
