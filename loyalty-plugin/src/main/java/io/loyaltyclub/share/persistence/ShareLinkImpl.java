package io.loyaltyclub.share.persistence;

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
 * A member's link to a product ({@code ?shared=<token>}): one per member and product, the same each time they share
 * it. Visits counts how often someone other than the member followed it.
 */
@Entity
@Table(name = "LOYALTY_SHARE_LINK", uniqueConstraints = {
        @UniqueConstraint(name = "LOYALTY_SHARE_LINK_TOKEN_UK", columnNames = {"TOKEN"}),
        @UniqueConstraint(name = "LOYALTY_SHARE_LINK_UK", columnNames = {"ACCOUNT_ID", "PRODUCT_ID"})})
public class ShareLinkImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyShareLinkId")
    @GenericGenerator(
            name = "LoyaltyShareLinkId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ShareLinkImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.share.persistence.ShareLinkImpl")
            })
    @Column(name = "SHARE_LINK_ID")
    protected Long id;

    @Column(name = "TOKEN", nullable = false, length = 40, updatable = false)
    protected String token;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    protected Long accountId;

    /** The sharer's customer: their own visits and orders never count. */
    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    protected Long customerId;

    @Column(name = "PRODUCT_ID", nullable = false, updatable = false)
    protected Long productId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    protected Date createdAt;

    @Column(name = "VISITS", nullable = false)
    protected long visits;

    protected ShareLinkImpl() {
    }

    public ShareLinkImpl(String token, long accountId, long customerId, long productId, Date createdAt) {
        this.token = token;
        this.accountId = accountId;
        this.customerId = customerId;
        this.productId = productId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getProductId() {
        return productId;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public long getVisits() {
        return visits;
    }
}
