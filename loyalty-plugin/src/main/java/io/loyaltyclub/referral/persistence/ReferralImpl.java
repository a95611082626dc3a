package io.loyaltyclub.referral.persistence;

import io.loyaltyclub.referral.domain.RefusalReason;
import io.loyaltyclub.referral.domain.ReferralState;
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
import javax.persistence.Version;

/**
 * One friend referred by one advocate: at most one per friend (a unique key), from registration to the advocate's
 * reward or a refusal with its reason. The ledger keys of both rewards are made from its id, so each is paid once.
 */
@Entity
@Table(name = "LOYALTY_REFERRAL")
public class ReferralImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyReferralId")
    @GenericGenerator(
            name = "LoyaltyReferralId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ReferralImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.referral.persistence.ReferralImpl")
            })
    @Column(name = "REFERRAL_ID")
    protected Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    protected int version;

    @Column(name = "ADVOCATE_ACCOUNT_ID", nullable = false, updatable = false)
    protected Long advocateAccountId;

    @Column(name = "ADVOCATE_CUSTOMER_ID", nullable = false, updatable = false)
    protected Long advocateCustomerId;

    @Column(name = "FRIEND_CUSTOMER_ID", nullable = false, unique = true, updatable = false)
    protected Long friendCustomerId;

    @Column(name = "FRIEND_EMAIL", length = 255)
    protected String friendEmail;

    @Column(name = "FRIEND_NAME", length = 255)
    protected String friendName;

    @Column(name = "CODE", nullable = false, length = 20, updatable = false)
    protected String code;

    @Column(name = "STATE", nullable = false, length = 20)
    protected String state;

    @Column(name = "REFUSAL_REASON", length = 40)
    protected String refusalReason;

    /** An admin approved it against a rule: the rules are not applied to it again. */
    @Column(name = "APPROVED_BY_ADMIN", nullable = false)
    protected boolean approvedByAdmin;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REGISTERED_AT", nullable = false, updatable = false)
    protected Date registeredAt;

    @Column(name = "FIRST_ORDER_ID")
    protected Long firstOrderId;

    @Column(name = "FIRST_ORDER_NUMBER", length = 255)
    protected String firstOrderNumber;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ORDERED_AT")
    protected Date orderedAt;

    /** When the first order's pending period ends: the advocate's reward is due then. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REWARD_DUE_AT")
    protected Date rewardDueAt;

    @Column(name = "FRIEND_POINTS", nullable = false)
    protected long friendPoints;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FRIEND_REWARDED_AT")
    protected Date friendRewardedAt;

    @Column(name = "ADVOCATE_POINTS", nullable = false)
    protected long advocatePoints;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ADVOCATE_REWARDED_AT")
    protected Date advocateRewardedAt;

    @Column(name = "DECIDED_BY", length = 255)
    protected String decidedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DECIDED_AT")
    protected Date decidedAt;

    @Column(name = "NOTE", length = 1000)
    protected String note;

    protected ReferralImpl() {
    }

    public ReferralImpl(long advocateAccountId, long advocateCustomerId, long friendCustomerId, String friendEmail,
                        String friendName, String code, Date at) {
        this.advocateAccountId = advocateAccountId;
        this.advocateCustomerId = advocateCustomerId;
        this.friendCustomerId = friendCustomerId;
        this.friendEmail = clip(friendEmail, 255);
        this.friendName = clip(friendName, 255);
        this.code = code;
        this.registeredAt = at;
        this.state = ReferralState.REGISTERED.name();
    }

    public void refuse(RefusalReason reason) {
        this.state = ReferralState.REFUSED.name();
        this.refusalReason = reason.name();
    }

    public void ordered(long orderId, String orderNumber, Date at, Date dueAt) {
        this.firstOrderId = orderId;
        this.firstOrderNumber = orderNumber;
        this.orderedAt = at;
        this.rewardDueAt = dueAt;
        if (getState() == ReferralState.REGISTERED) {
            this.state = ReferralState.ORDERED.name();
        }
    }

    public void friendRewarded(long points, Date at) {
        this.friendPoints = points;
        this.friendRewardedAt = at;
    }

    public void advocateRewarded(long points, Date at) {
        this.advocatePoints = points;
        this.advocateRewardedAt = at;
        this.state = ReferralState.REWARDED.name();
        this.refusalReason = null;
    }

    /** An admin's approval: the refusal is lifted and the rules are not applied again. */
    public void approve(String admin, String text, Date at) {
        this.approvedByAdmin = true;
        this.refusalReason = null;
        this.state = (firstOrderId == null ? ReferralState.REGISTERED : ReferralState.ORDERED).name();
        decided(admin, text, at);
    }

    public void reject(String admin, String text, Date at) {
        this.approvedByAdmin = false;
        refuse(RefusalReason.REJECTED_BY_ADMIN);
        decided(admin, text, at);
    }

    private void decided(String admin, String text, Date at) {
        this.decidedBy = clip(admin, 255);
        this.note = clip(text, 1000);
        this.decidedAt = at;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Long getAdvocateAccountId() {
        return advocateAccountId;
    }

    public Long getAdvocateCustomerId() {
        return advocateCustomerId;
    }

    public Long getFriendCustomerId() {
        return friendCustomerId;
    }

    public String getFriendEmail() {
        return friendEmail;
    }

    public String getFriendName() {
        return friendName;
    }

    public String getCode() {
        return code;
    }

    public ReferralState getState() {
        return ReferralState.valueOf(state);
    }

    public RefusalReason getRefusalReason() {
        return refusalReason == null ? null : RefusalReason.valueOf(refusalReason);
    }

    public boolean isApprovedByAdmin() {
        return approvedByAdmin;
    }

    public Date getRegisteredAt() {
        return registeredAt;
    }

    public Long getFirstOrderId() {
        return firstOrderId;
    }

    public String getFirstOrderNumber() {
        return firstOrderNumber;
    }

    public Date getOrderedAt() {
        return orderedAt;
    }

    public Date getRewardDueAt() {
        return rewardDueAt;
    }

    public long getFriendPoints() {
        return friendPoints;
    }

    public Date getFriendRewardedAt() {
        return friendRewardedAt;
    }

    public long getAdvocatePoints() {
        return advocatePoints;
    }

    public Date getAdvocateRewardedAt() {
        return advocateRewardedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Date getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
