package io.loyaltyclub.referral.persistence;

import io.loyaltyclub.referral.domain.PostalAddress;
import io.loyaltyclub.referral.domain.ReferralState;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** Referrals, members' codes and the referral settings in the database; the shop's orders and customers as read. */
public interface ReferralDao {

    ReferralCodeImpl findCode(long accountId);

    ReferralCodeImpl findByCode(String code);

    ReferralCodeImpl saveCode(ReferralCodeImpl code);

    ReferralImpl find(long referralId);

    /** The referral, locked until the caller's transaction ends. */
    ReferralImpl lock(long referralId);

    ReferralImpl findByFriend(long friendCustomerId);

    ReferralImpl save(ReferralImpl referral);

    void flush();

    /** The advocate's referrals registered in [from, to) that were not refused. */
    long countCounting(long advocateAccountId, Date from, Date to);

    /** The advocate's referrals, newest first. */
    List<ReferralImpl> ofAdvocate(long advocateAccountId, int limit);

    /** Referrals for the admin, newest first; only those in {@code states} when it is given. */
    List<ReferralImpl> list(Collection<ReferralState> states, int first, int limit);

    long count(Collection<ReferralState> states);

    /** Registered referrals whose friend has not ordered yet, oldest first. */
    List<Long> awaitingFirstOrder(long afterId, int limit);

    /** Referrals not refused whose friend has no welcome reward yet. */
    List<Long> awaitingFriendReward(long afterId, int limit);

    /** Ordered referrals whose first order's pending period has ended by {@code now}. */
    List<Long> dueForAdvocateReward(Date now, int limit);

    ReferralSettings findSettings();

    ReferralSettings saveSettings(ReferralSettings settings);

    /**
     * Whether a customer other than {@code friendCustomerId}, or an order (by anybody, the friend included), has an
     * e-mail address of one of {@code domains} whose normalised mailbox is {@code mailbox}.
     */
    boolean mailboxKnown(String mailbox, Set<String> domains, long friendCustomerId);

    /** Whether the customer has placed orders (submitted or cancelled). */
    boolean hasOrders(long customerId);

    /** The customer's first placed (submitted or cancelled) order: id, number, submit date; null when none. */
    Object[] firstOrder(long customerId);

    /** The status of the order (Broadleaf's OrderStatus type). */
    String orderStatus(long orderId);

    /** The addresses the customer keeps in the account and ships placed orders to. */
    Set<PostalAddress> addressesOf(long customerId);

    /** The addresses an order ships to. */
    Set<PostalAddress> addressesOfOrder(long orderId);
}
