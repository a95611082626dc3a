package io.loyaltyclub.tier.persistence;

import io.loyaltyclub.tier.domain.TierChangeReason;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

/** One change of a member's tier, with its reason: the tier history admins and members see. Never changed. */
@Entity
@Table(name = "LOYALTY_TIER_CHANGE")
public class TierChangeImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyTierChangeId")
    @GenericGenerator(
            name = "LoyaltyTierChangeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "TierChangeImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.tier.persistence.TierChangeImpl")
            })
    @Column(name = "TIER_CHANGE_ID")
    protected Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    @Index(name = "LOYALTY_TIER_CHANGE_ACCOUNT_IX", columnNames = {"ACCOUNT_ID"})
    protected Long accountId;

    @Column(name = "FROM_TIER_CODE", length = 40, updatable = false)
    protected String fromTierCode;

    @Column(name = "TO_TIER_CODE", length = 40, updatable = false)
    protected String toTierCode;

    @Column(name = "REASON", nullable = false, length = 30, updatable = false)
    protected String reason;

    /** What was measured or decided, in words an admin reads. */
    @Column(name = "DETAIL", length = 500, updatable = false)
    protected String detail;

    @Column(name = "NOTE", length = 1000, updatable = false)
    protected String note;

    @Column(name = "ADMIN_USER", length = 255, updatable = false)
    protected String adminUser;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    protected Date changedAt;

    protected TierChangeImpl() {
    }

    public TierChangeImpl(long accountId, String fromTierCode, String toTierCode, TierChangeReason reason,
                          String detail, String note, String adminUser, Date changedAt) {
        this.accountId = accountId;
        this.fromTierCode = fromTierCode;
        this.toTierCode = toTierCode;
        this.reason = reason.name();
        this.detail = clip(detail, 500);
        this.note = clip(note, 1000);
        this.adminUser = clip(adminUser, 255);
        this.changedAt = changedAt;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getFromTierCode() {
        return fromTierCode;
    }

    public String getToTierCode() {
        return toTierCode;
    }

    public TierChangeReason getReason() {
        return TierChangeReason.valueOf(reason);
    }

    public String getDetail() {
        return detail;
    }

    public String getNote() {
        return note;
    }

    public String getAdminUser() {
        return adminUser;
    }

    public Date getChangedAt() {
        return changedAt;
    }
}
