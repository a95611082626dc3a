package io.loyaltyclub.review.persistence;

import io.loyaltyclub.review.domain.ReviewStatus;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
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
 * A product review a member wrote: rating 1 to 5 and a text. Shown on the product page once the shop approved it.
 * One per customer and product.
 */
@Entity
@Table(name = "LOYALTY_REVIEW", uniqueConstraints = @UniqueConstraint(name = "LOYALTY_REVIEW_UK",
        columnNames = {"PRODUCT_ID", "CUSTOMER_ID"}))
public class ReviewImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyReviewId")
    @GenericGenerator(
            name = "LoyaltyReviewId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ReviewImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.review.persistence.ReviewImpl")
            })
    @Column(name = "REVIEW_ID")
    protected Long id;

    @Column(name = "PRODUCT_ID", nullable = false, updatable = false)
    @Index(name = "LOYALTY_REVIEW_PRODUCT_IX", columnNames = {"PRODUCT_ID", "STATUS"})
    protected Long productId;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    protected Long customerId;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    protected Long accountId;

    /** How the review is signed on the product page: the first name and the initial of the last name. */
    @Column(name = "AUTHOR", length = 120, updatable = false)
    protected String author;

    @Column(name = "RATING", nullable = false, updatable = false)
    protected int rating;

    @Column(name = "REVIEW_TEXT", nullable = false, length = 4000, updatable = false)
    protected String text;

    @Column(name = "STATUS", nullable = false, length = 20)
    @Index(name = "LOYALTY_REVIEW_STATUS_IX", columnNames = {"STATUS", "CREATED_AT"})
    protected String status;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    protected Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DECIDED_AT")
    protected Date decidedAt;

    @Column(name = "DECIDED_BY", length = 255)
    protected String decidedBy;

    protected ReviewImpl() {
    }

    public ReviewImpl(long productId, long customerId, long accountId, String author, int rating, String text,
                      Date createdAt) {
        this.productId = productId;
        this.customerId = customerId;
        this.accountId = accountId;
        this.author = author;
        this.rating = rating;
        this.text = text;
        this.createdAt = createdAt;
        this.status = ReviewStatus.PENDING.name();
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getText() {
        return text;
    }

    public ReviewStatus getStatus() {
        return ReviewStatus.valueOf(status);
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public Date getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
