package io.loyaltyclub.member.persistence;

import java.io.Serializable;
import java.util.Date;

/**
 * A customer's membership of the club and the account their points are booked to (loyalty spec, sections 1
 * and 2): join date, accepted terms version, consent, status, and the debt left by points taken back after
 * they were spent. One per customer; a customer without one is not a member.
 *
 * <p>Postings lock this row, so all changes of one member's points happen one after the other.
 */
public interface LoyaltyAccount extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    MemberStatus getStatus();

    void setStatus(MemberStatus status);

    boolean isActive();

    Date getJoinedAt();

    void setJoinedAt(Date joinedAt);

    /** The version of the club terms the member accepted on joining. */
    String getTermsVersion();

    void setTermsVersion(String termsVersion);

    boolean isMarketingConsent();

    void setMarketingConsent(boolean marketingConsent);

    Date getConsentChangedAt();

    void setConsentChangedAt(Date consentChangedAt);

    /** Points owed after a reversal found them spent; paid off first by points that become available. */
    long getDebt();

    void setDebt(long debt);

    /** Numbers the account's next ledger entry; only while the account is locked for a posting. */
    long nextEntrySequence();

    /**
     * The number of the account's last ledger entry, or the one a posting's lock reserved for the entry it is about
     * to write ({@code LedgerDao.lockForPosting}).
     */
    long getPostings();

    /** Gives back the number a posting's lock reserved, when the posting writes no entry (a repeated key). */
    void releaseEntrySequence();

    /** The code of the member's current tier, or null below the first tier. */
    String getTierCode();

    void setTierCode(String tierCode);
}
