package io.loyaltyclub.referral.service;

import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.persistence.ReferralImpl;
import io.loyaltyclub.referral.persistence.ReferralSettings;

import java.util.Collection;
import java.util.List;

/**
 * Referrals (loyalty spec, section 8): members' codes and links, friends registering through them, the fraud rules,
 * the friend's welcome reward, the advocate's reward once the friend's first order has passed its pending period, and
 * the admin's approvals and rejections. Both rewards are ledger postings keyed by the referral, so retries, a second
 * node or a crash in between never pay twice.
 */
public interface ReferralService {

    /** The shop's referral settings (the defaults, stored, when there are none yet). */
    ReferralSettings settings();

    ReferralSettings saveSettings(ReferralSettings settings);

    /** The member's personal code, made on first use. */
    String codeOf(long accountId);

    /** The active member whose code this is, or null for an unknown code or a membership not active. */
    Advocate advocateOf(String code);

    /**
     * A customer registered after following the link with {@code code}: records the referral, refused with the reason
     * when a fraud rule is broken, and gives the friend the welcome reward when they are a club member (else when they
     * join). Nothing is recorded for an unknown code or while referrals are closed. Idempotent per friend.
     *
     * @return the referral, or null when none was recorded
     */
    ReferralImpl friendRegistered(long friendCustomerId, String code);

    /** The referral of which this customer is the friend, or null. */
    ReferralImpl findByFriend(long friendCustomerId);

    ReferralImpl find(long referralId);

    /** The friend's first order, once placed: the referral becomes ORDERED (or refused for the address). */
    ReferralImpl firstOrderPlaced(long friendCustomerId);

    /** Gives the friend the welcome reward if they are a member by now and have none yet. */
    ReferralImpl rewardFriend(long referralId);

    /**
     * When the first order's pending period has ended: the advocate's reward, or a refusal when the order was
     * cancelled or returned or the advocate's membership is not active.
     */
    ReferralImpl settle(long referralId);

    /** Referral ids the job looks at: friends not ordered yet, friends without their reward, advocates due. */
    List<Long> awaitingFirstOrder(long afterId, int limit);

    List<Long> awaitingFriendReward(long afterId, int limit);

    List<Long> dueForAdvocateReward(int limit);

    /** The advocate's referrals, newest first. */
    List<ReferralImpl> referralsOf(long advocateAccountId, int limit);

    List<ReferralImpl> list(Collection<ReferralState> states, int page, int pageSize);

    long count(Collection<ReferralState> states);

    /**
     * An admin lifts a refusal: the friend's reward if still owed; the advocate's reward now when the refusal was about
     * the first order, else when the first order passes its pending period (the registration and address rules are not
     * applied again).
     *
     * @param seenVersion the referral's version the admin's page showed
     * @throws ReferralDecisionException when it is not refused or changed since; nothing changes
     */
    ReferralImpl approve(long referralId, int seenVersion, String adminUser, String note);

    /**
     * An admin refuses a referral that has not paid the advocate yet. A friend's reward already given stays.
     *
     * @throws ReferralDecisionException when it was rewarded or rejected already, or changed since; nothing changes
     */
    ReferralImpl reject(long referralId, int seenVersion, String adminUser, String note);
}
