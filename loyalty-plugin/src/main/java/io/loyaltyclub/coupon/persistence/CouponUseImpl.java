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
import javax.persistence.UniqueConstraint;

/**
 * An order's claim on a member's coupon, taken in the checkout under the coupon's row lock so two checkouts cannot
 * both use a single-use code; given back when the checkout fails.
 */
@Entity
@Table(name = "LOYALTY_COUPON_USE", uniqueConstraints = @UniqueConstraint(name = "LOYALTY_COUPON_USE_ONCE",
        columnNames = {"MEMBER_COUPON_ID", "ORDER_ID"}))
public class CouponUseImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyCouponUseId")
    @GenericGenerator(
            name = "LoyaltyCouponUseId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CouponUseImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.coupon.persistence.CouponUseImpl")
            })
    @Column(name = "COUPON_USE_ID")
    protected Long id;

    @Column(name = "MEMBER_COUPON_ID", nullable = false)
    protected Long memberCouponId;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_AT", nullable = false)
    protected Date claimedAt;

    protected CouponUseImpl() {
    }

    public CouponUseImpl(Long memberCouponId, Long orderId, Date claimedAt) {
        this.memberCouponId = memberCouponId;
        this.orderId = orderId;
        this.claimedAt = claimedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberCouponId() {
        return memberCouponId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Date getClaimedAt() {
        return claimedAt;
    }
}
