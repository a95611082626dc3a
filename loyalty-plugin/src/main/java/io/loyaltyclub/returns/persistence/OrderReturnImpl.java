package io.loyaltyclub.returns.persistence;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A cancellation or a return of some items of a placed order, as an admin recorded it, with what it did to the
 * customer's points. Unique by the key of the admin's form, so a double-submitted form records once.
 */
@Entity
@Table(name = "LOYALTY_ORDER_RETURN")
public class OrderReturnImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the admin did. */
    public enum Kind {
        CANCELLATION,
        RETURN
    }

    @Id
    @GeneratedValue(generator = "LoyaltyOrderReturnId")
    @GenericGenerator(
            name = "LoyaltyOrderReturnId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OrderReturnImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.returns.persistence.OrderReturnImpl")
            })
    @Column(name = "ORDER_RETURN_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    @Index(name = "LOYALTY_RETURN_ORDER_IX", columnNames = {"ORDER_ID"})
    protected Long orderId;

    @Column(name = "KIND", nullable = false, length = 20, updatable = false)
    protected String kind;

    @Column(name = "ADMIN_USER", nullable = false, length = 255, updatable = false)
    protected String adminUser;

    @Column(name = "NOTE", length = 1000, updatable = false)
    protected String note;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, unique = true, length = 200, updatable = false)
    protected String idempotencyKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    protected Date createdAt;

    /** Earned points taken back by this return. */
    @Column(name = "POINTS_TAKEN_BACK", nullable = false, updatable = false)
    protected long pointsTakenBack;

    /** Points that paid for the order given back by this return. */
    @Column(name = "POINTS_GIVEN_BACK", nullable = false, updatable = false)
    protected long pointsGivenBack;

    @OneToMany(mappedBy = "orderReturn", targetEntity = OrderReturnLineImpl.class, cascade = CascadeType.ALL,
            fetch = FetchType.EAGER)
    protected List<OrderReturnLineImpl> lines = new ArrayList<OrderReturnLineImpl>();

    protected OrderReturnImpl() {
    }

    public OrderReturnImpl(long orderId, Kind kind, String adminUser, String note, String idempotencyKey, Date createdAt,
                           long pointsTakenBack, long pointsGivenBack) {
        this.orderId = orderId;
        this.kind = kind.name();
        this.adminUser = adminUser;
        this.note = note;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
        this.pointsTakenBack = pointsTakenBack;
        this.pointsGivenBack = pointsGivenBack;
    }

    public void addLine(long orderItemId, int quantity) {
        lines.add(new OrderReturnLineImpl(this, orderItemId, quantity));
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Kind getKind() {
        return Kind.valueOf(kind);
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

    public Date getCreatedAt() {
        return createdAt;
    }

    public long getPointsTakenBack() {
        return pointsTakenBack;
    }

    public long getPointsGivenBack() {
        return pointsGivenBack;
    }

    public List<OrderReturnLineImpl> getLines() {
        return lines;
    }
}
