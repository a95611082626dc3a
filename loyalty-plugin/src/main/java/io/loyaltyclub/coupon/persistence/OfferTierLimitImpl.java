package io.loyaltyclub.coupon.persistence;

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

/** A Broadleaf offer limited to members of a tier and above (one row per limited offer). */
@Entity
@Table(name = "LOYALTY_OFFER_TIER")
public class OfferTierLimitImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyOfferTierId")
    @GenericGenerator(
            name = "LoyaltyOfferTierId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OfferTierLimitImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.coupon.persistence.OfferTierLimitImpl")
            })
    @Column(name = "OFFER_TIER_ID")
    protected Long id;

    /** BLC_OFFER.OFFER_ID. */
    @Column(name = "OFFER_ID", nullable = false, unique = true)
    protected Long offerId;

    /** The lowest tier (LOYALTY_TIER.CODE) whose members may use the offer. */
    @Column(name = "TIER_CODE", nullable = false, length = 40)
    protected String tierCode;

    @Column(name = "CHANGED_BY", nullable = false, length = 255)
    protected String changedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false)
    protected Date changedAt;

    protected OfferTierLimitImpl() {
    }

    public OfferTierLimitImpl(long offerId) {
        this.offerId = offerId;
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getTierCode() {
        return tierCode;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Date getChangedAt() {
        return changedAt;
    }

    public void change(String tierCode, String changedBy, Date changedAt) {
        this.tierCode = tierCode;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
