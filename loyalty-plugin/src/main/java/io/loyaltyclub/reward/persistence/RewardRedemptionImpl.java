package io.loyaltyclub.reward.persistence;

import io.loyaltyclub.reward.domain.RewardKind;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * A reward a member took for their points: one per member and request (the form's one-time token), so that a
 * double submit, a retry or two concurrent posts of one form record it once.
 */
@Entity
@Table(name = "LOYALTY_REWARD_REDEMPTION", uniqueConstraints = {
        @UniqueConstraint(name = "LOYALTY_REWARD_REDEMPTION_ONCE", columnNames = {"ACCOUNT_ID", "REQUEST_KEY"})})
public class RewardRedemptionImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyRewardRedemptionId")
    @GenericGenerator(
            name = "LoyaltyRewardRedemptionId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "RewardRedemptionImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.reward.persistence.RewardRedemptionImpl")
            })
    @Column(name = "REDEMPTION_ID")
    protected Long id;

    @Column(name = "REWARD_ID", nullable = false)
    protected Long rewardId;

    @Column(name = "ACCOUNT_ID", nullable = false)
    protected Long accountId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "REQUEST_KEY", nullable = false, length = 80)
    protected String requestKey;

    /** The reward's name and kind when redeemed (the admin may rename or change it later). */
    @Column(name = "TITLE", nullable = false, length = 120)
    protected String title;

    @Column(name = "KIND", nullable = false, length = 40)
    protected String kind;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    /** The REDEEM entry that paid for it. */
    @Column(name = "LEDGER_ENTRY_ID", nullable = false)
    protected Long ledgerEntryId;

    /** The member's code of a coupon reward; null for an invitation. */
    @Column(name = "COUPON_CODE", length = 40)
    protected String couponCode;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REDEEMED_AT", nullable = false)
    protected Date redeemedAt;

    /** When an admin marked an invitation fulfilled, and who; null while it waits. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FULFILLED_AT")
    protected Date fulfilledAt;

    @Column(name = "FULFILLED_BY", length = 255)
    protected String fulfilledBy;

    protected RewardRedemptionImpl() {
    }

    public RewardRedemptionImpl(Long rewardId, Long accountId, Long customerId, String requestKey, String title,
                                RewardKind kind, long points, Long ledgerEntryId, Date redeemedAt) {
        this.rewardId = rewardId;
        this.accountId = accountId;
        this.customerId = customerId;
        this.requestKey = requestKey;
        this.title = title.length() > 120 ? title.substring(0, 120) : title;
        this.kind = kind.name();
        this.points = points;
        this.ledgerEntryId = ledgerEntryId;
        this.redeemedAt = redeemedAt;
    }

    public void coupon(String code) {
        this.couponCode = code;
    }

    public void fulfilled(Date at, String adminUser) {
        this.fulfilledAt = at;
        this.fulfilledBy = adminUser;
    }

    public Long getId() {
        return id;
    }

    public Long getRewardId() {
        return rewardId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public String getTitle() {
        return title;
    }

    public RewardKind getKind() {
        return RewardKind.of(kind);
    }

    public long getPoints() {
        return points;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public Date getRedeemedAt() {
        return redeemedAt;
    }

    public Date getFulfilledAt() {
        return fulfilledAt;
    }

    public String getFulfilledBy() {
        return fulfilledBy;
    }
}
