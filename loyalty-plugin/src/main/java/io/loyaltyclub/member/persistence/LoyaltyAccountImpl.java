package io.loyaltyclub.member.persistence;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "LOYALTY_ACCOUNT")
@AdminPresentationClass(friendlyName = "Loyalty membership")
public class LoyaltyAccountImpl implements LoyaltyAccount {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyAccountId")
    @GenericGenerator(
            name = "LoyaltyAccountId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "LoyaltyAccountImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.member.persistence.LoyaltyAccountImpl")
            })
    @Column(name = "LOYALTY_ACCOUNT_ID")
    @AdminPresentation(friendlyName = "Membership", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    /** The Broadleaf customer (BLC_CUSTOMER.CUSTOMER_ID); unique, so a customer joins at most once. */
    @Column(name = "CUSTOMER_ID", nullable = false, unique = true)
    @AdminPresentation(friendlyName = "Customer", readOnly = true, prominent = true, gridOrder = 1000)
    protected Long customerId;

    @Column(name = "STATUS", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Status", prominent = true, gridOrder = 2000, readOnly = true)
    protected String status = MemberStatus.ACTIVE.name();

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "JOINED_AT", nullable = false)
    @AdminPresentation(friendlyName = "Joined", readOnly = true, fieldType = SupportedFieldType.DATE,
            prominent = true, gridOrder = 3000)
    protected Date joinedAt;

    @Column(name = "TERMS_VERSION", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Accepted terms version", readOnly = true)
    protected String termsVersion;

    @Column(name = "MARKETING_CONSENT", nullable = false)
    @AdminPresentation(friendlyName = "Marketing consent", readOnly = true)
    protected boolean marketingConsent;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CONSENT_CHANGED_AT")
    @AdminPresentation(friendlyName = "Consent given or withdrawn", readOnly = true, fieldType = SupportedFieldType.DATE)
    protected Date consentChangedAt;

    @Column(name = "DEBT", nullable = false)
    @AdminPresentation(friendlyName = "Points debt", readOnly = true)
    protected long debt;

    /**
     * The code of the member's current tier (LOYALTY_TIER.CODE), or null below the first tier. Kept current by the
     * tier service; read wherever a tier changes something (prices, earning, coupons).
     */
    @Column(name = "TIER_CODE", length = 40)
    @AdminPresentation(friendlyName = "Tier", readOnly = true)
    protected String tierCode;

    /**
     * The sequence number of the account's last ledger entry. Postings lock this row, so numbers are given out
     * one after the other and order the member's history exactly, whichever node posted.
     */
    @Column(name = "POSTINGS", nullable = false)
    @AdminPresentation(excluded = true)
    protected long postings;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public MemberStatus getStatus() {
        return MemberStatus.valueOf(status);
    }

    @Override
    public void setStatus(MemberStatus status) {
        this.status = status.name();
    }

    @Override
    public boolean isActive() {
        return MemberStatus.ACTIVE.name().equals(status);
    }

    @Override
    public Date getJoinedAt() {
        return joinedAt;
    }

    @Override
    public void setJoinedAt(Date joinedAt) {
        this.joinedAt = joinedAt;
    }

    @Override
    public String getTermsVersion() {
        return termsVersion;
    }

    @Override
    public void setTermsVersion(String termsVersion) {
        this.termsVersion = termsVersion;
    }

    @Override
    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    @Override
    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }

    @Override
    public Date getConsentChangedAt() {
        return consentChangedAt;
    }

    @Override
    public void setConsentChangedAt(Date consentChangedAt) {
        this.consentChangedAt = consentChangedAt;
    }

    @Override
    public long getDebt() {
        return debt;
    }

    @Override
    public void setDebt(long debt) {
        this.debt = debt;
    }

    @Override
    public long nextEntrySequence() {
        return ++postings;
    }

    @Override
    public long getPostings() {
        return postings;
    }

    @Override
    public void releaseEntrySequence() {
        postings--;
    }

    @Override
    public String toString() {
        return "LoyaltyAccount{" + id + " customer " + customerId + " " + status + "}";
    }

    @Override
    public String getTierCode() {
        return tierCode;
    }

    @Override
    public void setTierCode(String tierCode) {
        this.tierCode = tierCode;
    }
}
