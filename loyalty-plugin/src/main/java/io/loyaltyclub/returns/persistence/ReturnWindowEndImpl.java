package io.loyaltyclub.returns.persistence;

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

/**
 * An admin's decision that a placed order's return window is over now (the goods cannot come back, or the shop says
 * so): from then on the order counts as past its pending period. At most one per order (unique order), recorded once
 * per form (unique key), with the admin and the note that says why.
 */
@Entity
@Table(name = "LOYALTY_RETURN_WINDOW_END")
public class ReturnWindowEndImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyReturnWindowEndId")
    @GenericGenerator(
            name = "LoyaltyReturnWindowEndId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ReturnWindowEndImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.returns.persistence.ReturnWindowEndImpl")
            })
    @Column(name = "RETURN_WINDOW_END_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false, unique = true, updatable = false)
    protected Long orderId;

    @Column(name = "ADMIN_USER", nullable = false, length = 255, updatable = false)
    protected String adminUser;

    @Column(name = "NOTE", nullable = false, length = 1000, updatable = false)
    protected String note;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, unique = true, length = 200, updatable = false)
    protected String idempotencyKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDED_AT", nullable = false, updatable = false)
    protected Date endedAt;

    /** The order's earned points that were pending and became available then. */
    @Column(name = "POINTS_MADE_AVAILABLE", nullable = false)
    protected long pointsMadeAvailable;

    protected ReturnWindowEndImpl() {
    }

    public ReturnWindowEndImpl(long orderId, String adminUser, String note, String idempotencyKey, Date endedAt) {
        this.orderId = orderId;
        this.adminUser = adminUser;
        this.note = note;
        this.idempotencyKey = idempotencyKey;
        this.endedAt = endedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getAdminUser() {
        return adminUser;
    }

    public String getNote() {
        return note;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Date getEndedAt() {
        return endedAt;
    }

    public long getPointsMadeAvailable() {
        return pointsMadeAvailable;
    }

    public void setPointsMadeAvailable(long pointsMadeAvailable) {
        this.pointsMadeAvailable = pointsMadeAvailable;
    }
}
