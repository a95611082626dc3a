package io.loyaltyclub.member.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;

/** Joining the club and looking up memberships (loyalty spec, section 1). */
public interface MembershipService {

    /** The customer's membership, or null when they are not a member. */
    LoyaltyAccount findByCustomer(long customerId);

    LoyaltyAccount findAccount(long accountId);

    /**
     * Makes the customer a member: records the terms version they accepted and their marketing consent, and
     * credits the welcome bonus (once: its key is the account's). A customer who is already a member stays as
     * they are. Two requests at once make one membership.
     *
     * @param acceptedTermsVersion the version of the terms shown to the shopper
     * @throws StaleTermsException when that is not the current version
     * @throws ClubClosedException when the club is not open to shoppers
     */
    JoinResult join(long customerId, String acceptedTermsVersion, boolean marketingConsent);

    /** Gives or withdraws the member's consent to marketing messages. */
    LoyaltyAccount changeMarketingConsent(long customerId, boolean consent);
}
