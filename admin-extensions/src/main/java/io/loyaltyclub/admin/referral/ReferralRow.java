package io.loyaltyclub.admin.referral;

import io.loyaltyclub.admin.member.StoreTime;
import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.domain.RefusalReason;
import io.loyaltyclub.referral.persistence.ReferralImpl;

/** One referral on Loyalty &gt; Referrals, in the store's time. */
public final class ReferralRow {

    private final long id;
    private final int version;
    private final long advocateCustomerId;
    private final long friendCustomerId;
    private final String friend;
    private final String code;
    private final String registered;
    private final String state;
    private final String reason;
    private final Long firstOrderId;
    private final String firstOrderNumber;
    private final String rewardDue;
    private final long friendPoints;
    private final boolean friendRewarded;
    private final long advocatePoints;
    private final String decidedBy;
    private final String decided;
    private final String note;
    private final boolean approvable;
    private final boolean rejectable;

    ReferralRow(ReferralImpl referral, StoreTime time) {
        this.id = referral.getId();
        this.version = referral.getVersion();
        this.advocateCustomerId = referral.getAdvocateCustomerId();
        this.friendCustomerId = referral.getFriendCustomerId();
        String name = referral.getFriendName() == null ? "" : referral.getFriendName().trim();
        String email = referral.getFriendEmail() == null ? "" : referral.getFriendEmail();
        this.friend = name.isEmpty() ? email : name + " <" + email + ">";
        this.code = referral.getCode();
        this.registered = time.moment(referral.getRegisteredAt());
        this.state = referral.getState().name();
        this.reason = referral.getRefusalReason() == null ? null : referral.getRefusalReason().name();
        this.firstOrderId = referral.getFirstOrderId();
        this.firstOrderNumber = referral.getFirstOrderNumber();
        this.rewardDue = referral.getState() == ReferralState.ORDERED && referral.getRewardDueAt() != null
                ? time.moment(referral.getRewardDueAt()) : null;
        this.friendPoints = referral.getFriendPoints();
        this.friendRewarded = referral.getFriendRewardedAt() != null;
        this.advocatePoints = referral.getAdvocatePoints();
        this.decidedBy = referral.getDecidedBy();
        this.decided = referral.getDecidedAt() == null ? null : time.moment(referral.getDecidedAt());
        this.note = referral.getNote();
        this.approvable = referral.getState() == ReferralState.REFUSED;
        this.rejectable = referral.getState() != ReferralState.REWARDED
                && referral.getRefusalReason() != RefusalReason.REJECTED_BY_ADMIN;
    }

    public long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getAdvocateCustomerId() {
        return advocateCustomerId;
    }

    public long getFriendCustomerId() {
        return friendCustomerId;
    }

    public String getFriend() {
        return friend;
    }

    public String getCode() {
        return code;
    }

    public String getRegistered() {
        return registered;
    }

    public String getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Long getFirstOrderId() {
        return firstOrderId;
    }

    public String getFirstOrderNumber() {
        return firstOrderNumber;
    }

    public String getRewardDue() {
        return rewardDue;
    }

    public long getFriendPoints() {
        return friendPoints;
    }

    public boolean isFriendRewarded() {
        return friendRewarded;
    }

    public long getAdvocatePoints() {
        return advocatePoints;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecided() {
        return decided;
    }

    public String getNote() {
        return note;
    }

    /** Refused referrals can be approved by hand. */
    public boolean isApprovable() {
        return approvable;
    }

    /** Anything not rewarded nor rejected yet can be rejected by hand. */
    public boolean isRejectable() {
        return rejectable;
    }
}
