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
 * A coupon handed to a member: a Broadleaf offer code (BLC_OFFER_CODE) that only this member's orders may carry.
 * One per rule, member and occasion (the unique key makes a repeated or concurrent issue fail, not double).
 */
@Entity
@Table(name = "LOYALTY_MEMBER_COUPON", uniqueConstraints = {
        @UniqueConstraint(name = "LOYALTY_MEMBER_COUPON_ONCE", columnNames = {"COUPON_RULE_ID", "ACCOUNT_ID", "OCCASION_KEY"}),
        @UniqueConstraint(name = "LOYALTY_MEMBER_COUPON_CODE", columnNames = {"OFFER_CODE_ID"})})
public class MemberCouponImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyMemberCouponId")
    @GenericGenerator(
            name = "LoyaltyMemberCouponId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "MemberCouponImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.coupon.persistence.MemberCouponImpl")
            })
    @Column(name = "MEMBER_COUPON_ID")
    protected Long id;

    @Column(name = "COUPON_RULE_ID", nullable = false)
    protected Long ruleId;

    @Column(name = "ACCOUNT_ID", nullable = false)
    protected Long accountId;

    /** BLC_CUSTOMER.CUSTOMER_ID of the member: the only customer whose orders may carry the code. */
    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "OCCASION_KEY", nullable = false, length = 60)
    protected String occasionKey;

    /** BLC_OFFER_CODE.OFFER_CODE_ID. */
    @Column(name = "OFFER_CODE_ID", nullable = false)
    protected Long offerCodeId;

    @Column(name = "CODE", nullable = false, length = 40)
    protected String code;

    /** The rule's name when issued, for the members' area. */
    @Column(name = "TITLE", nullable = false, length = 120)
    protected String title;

    @Column(name = "MAX_USES", nullable = false)
    protected int maxUses;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ISSUED_AT", nullable = false)
    protected Date issuedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "VALID_FROM", nullable = false)
    protected Date validFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "VALID_UNTIL", nullable = false)
    protected Date validUntil;

    protected MemberCouponImpl() {
    }

    public MemberCouponImpl(Long ruleId, Long accountId, Long customerId, String occasionKey, Long offerCodeId,
                            String code, String title, int maxUses, Date issuedAt, Date validFrom, Date validUntil) {
        this.ruleId = ruleId;
        this.accountId = accountId;
        this.customerId = customerId;
        this.occasionKey = occasionKey;
        this.offerCodeId = offerCodeId;
        this.code = code;
        this.title = title;
        this.maxUses = maxUses;
        this.issuedAt = issuedAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getOccasionKey() {
        return occasionKey;
    }

    public Long getOfferCodeId() {
        return offerCodeId;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxUses() {
        return maxUses;
    }

    public Date getIssuedAt() {
        return issuedAt;
    }

    public Date getValidFrom() {
        return validFrom;
    }

    public Date getValidUntil() {
        return validUntil;
    }
}
