package io.loyaltyclub.referral.persistence;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A member's personal referral code: one per loyalty account, each code unique. */
@Entity
@Table(name = "LOYALTY_REFERRAL_CODE")
public class ReferralCodeImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ACCOUNT_ID")
    protected Long accountId;

    @Column(name = "CODE", nullable = false, unique = true, length = 20, updatable = false)
    protected String code;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    protected Date createdAt;

    protected ReferralCodeImpl() {
    }

    public ReferralCodeImpl(long accountId, String code, Date createdAt) {
        this.accountId = accountId;
        this.code = code;
        this.createdAt = createdAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCode() {
        return code;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
