package io.loyaltyclub.admin.member;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.MemberStatus;

import java.util.Collections;
import java.util.List;

/**
 * What the admin sees of one customer on the loyalty panel: the membership, the points, and one page of the
 * ledger, newest first. A customer who is not a member has no account, balance or ledger.
 */
public final class MemberPanel {

    private final long customerId;
    private final String customerName;
    private final LoyaltyAccount account;
    private final Balance balance;
    private final List<LedgerRow> ledger;
    private final LedgerPaging paging;
    private final StoreTime time;

    MemberPanel(long customerId, String customerName, LoyaltyAccount account, Balance balance, List<LedgerRow> ledger,
                LedgerPaging paging, StoreTime time) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.account = account;
        this.balance = balance;
        this.ledger = ledger == null ? Collections.<LedgerRow>emptyList() : Collections.unmodifiableList(ledger);
        this.paging = paging;
        this.time = time;
    }

    static MemberPanel notAMember(long customerId, String customerName, StoreTime time) {
        return new MemberPanel(customerId, customerName, null, null, null, null, time);
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public boolean isMember() {
        return account != null;
    }

    public Long getAccountId() {
        return account == null ? null : account.getId();
    }

    public MemberStatus getStatus() {
        return account == null ? null : account.getStatus();
    }

    public String getJoinedAt() {
        return account == null ? null : time.moment(account.getJoinedAt());
    }

    public String getTermsVersion() {
        return account == null ? null : account.getTermsVersion();
    }

    public boolean isMarketingConsent() {
        return account != null && account.isMarketingConsent();
    }

    /** When the member last gave or withdrew consent to marketing messages, or null. */
    public String getConsentChangedAt() {
        return account == null ? null : time.moment(account.getConsentChangedAt());
    }

    public Balance getBalance() {
        return balance;
    }

    /** The last valid day of the points that expire soonest within the next 30 days, or null. */
    public String getExpiringLastDay() {
        return balance == null ? null : time.lastValidDay(balance.getNextExpiry());
    }

    public List<LedgerRow> getLedger() {
        return ledger;
    }

    public LedgerPaging getPaging() {
        return paging;
    }

    /** The store's time zone, in which the panel shows dates. */
    public String getZone() {
        return time.getZone().getId();
    }
}
