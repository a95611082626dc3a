package io.loyaltyclub.tier.persistence;

import io.loyaltyclub.tier.domain.ManualMode;
import io.loyaltyclub.tier.domain.TierStanding;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A member's qualification state: the tier they qualified for and until when it is kept, a tier an admin set by
 * hand (floor or fixed, with the note), and when the member was last reviewed. The tier the member is in (qualified
 * and manual together) is {@code LOYALTY_ACCOUNT.TIER_CODE}, which the rest of the club reads.
 */
@Entity
@Table(name = "LOYALTY_TIER_STANDING")
public class TierStandingImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ACCOUNT_ID")
    protected Long accountId;

    @Column(name = "QUALIFIED_TIER_CODE", length = 40)
    protected String qualifiedTierCode;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "KEPT_UNTIL")
    protected Date keptUntil;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REACHED_FROM")
    protected Date reachedFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REACHED_TO")
    protected Date reachedTo;

    @Column(name = "PRIOR_TIER_CODE", length = 40)
    protected String priorTierCode;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PRIOR_KEPT_UNTIL")
    protected Date priorKeptUntil;

    /** Whether there is a standing before the tier was reached (possibly no tier at all). */
    @Column(name = "HAS_PRIOR")
    protected Boolean hasPrior;

    @Column(name = "MANUAL_MODE", length = 20)
    protected String manualMode;

    @Column(name = "MANUAL_TIER_CODE", length = 40)
    protected String manualTierCode;

    @Column(name = "MANUAL_NOTE", length = 1000)
    protected String manualNote;

    @Column(name = "MANUAL_BY", length = 255)
    protected String manualBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REVIEWED_AT")
    protected Date reviewedAt;

    protected TierStandingImpl() {
    }

    public TierStandingImpl(long accountId) {
        this.accountId = accountId;
    }

    public TierStanding qualified() {
        TierStanding prior = Boolean.TRUE.equals(hasPrior) ? new TierStanding(priorTierCode, instant(priorKeptUntil))
                : null;
        return new TierStanding(qualifiedTierCode, instant(keptUntil), instant(reachedFrom), instant(reachedTo), prior);
    }

    public void qualified(TierStanding standing) {
        qualifiedTierCode = standing.getTierCode();
        keptUntil = date(standing.getKeptUntil());
        reachedFrom = date(standing.getReachedFrom());
        reachedTo = date(standing.getReachedTo());
        hasPrior = standing.getPrior() != null;
        priorTierCode = standing.getPrior() == null ? null : standing.getPrior().getTierCode();
        priorKeptUntil = standing.getPrior() == null ? null : date(standing.getPrior().getKeptUntil());
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** The manual mode, or null when the member's tier follows qualification. */
    public ManualMode getManualMode() {
        return manualMode == null ? null : ManualMode.valueOf(manualMode);
    }

    public void manual(ManualMode mode, String tierCode, String note, String adminUser) {
        this.manualMode = mode == null ? null : mode.name();
        this.manualTierCode = mode == null ? null : tierCode;
        this.manualNote = note;
        this.manualBy = adminUser;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getManualTierCode() {
        return manualTierCode;
    }

    public String getManualNote() {
        return manualNote;
    }

    public String getManualBy() {
        return manualBy;
    }

    public Date getReviewedAt() {
        return reviewedAt;
    }

    public void setReviewedAt(Date reviewedAt) {
        this.reviewedAt = reviewedAt;
    }
}
