package io.loyaltyclub.referral.domain;

/**
 * The fraud rules a referral meets when the friend registers (loyalty spec, section 8), in this order: the friend is
 * not the advocate (same customer, same mailbox), the friend is new to the shop, and the advocate is within the month's
 * allowance. The first rule broken is the reason of the refusal; null when none is.
 */
public final class ReferralScreening {

    private ReferralScreening() {
    }

    /**
     * @param monthlyCap            referrals an advocate may have per calendar month (store time zone); 0 for no cap
     * @param advocatesThisMonth    the advocate's referrals of this month not refused, this one not counted
     * @param friendKnownBefore     the friend's mailbox had an account or an order before this registration
     */
    public static RefusalReason atRegistration(long advocateCustomerId, String advocateEmail, long friendCustomerId,
                                               String friendEmail, boolean friendKnownBefore, int monthlyCap,
                                               long advocatesThisMonth) {
        if (advocateCustomerId == friendCustomerId) {
            return RefusalReason.SAME_CUSTOMER;
        }
        if (EmailIdentity.sameMailbox(advocateEmail, friendEmail)) {
            return RefusalReason.SAME_EMAIL;
        }
        if (friendKnownBefore) {
            return RefusalReason.NOT_NEW_CUSTOMER;
        }
        if (monthlyCap > 0 && advocatesThisMonth >= monthlyCap) {
            return RefusalReason.MONTHLY_CAP;
        }
        return null;
    }
}
