package io.loyaltyclub.earning.persistence;

import io.loyaltyclub.earning.domain.Earning;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.math.BigDecimal;
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
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * What one order earned and how: one row per order (unique), with the exact points of each line, so that a
 * return of some items takes back exactly their share and a second run of the checkout earns nothing more.
 */
@Entity
@Table(name = "LOYALTY_ORDER_EARNING")
public class OrderEarningImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyOrderEarningId")
    @GenericGenerator(
            name = "LoyaltyOrderEarningId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OrderEarningImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.earning.persistence.OrderEarningImpl")
            })
    @Column(name = "ORDER_EARNING_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false, unique = true, updatable = false)
    protected Long orderId;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    protected Long accountId;

    @Column(name = "STATE", nullable = false, length = 20)
    protected String state;

    /** Counts the checkouts that earned for this order; part of the ledger key, so a retry after a rollback earns. */
    @Column(name = "ATTEMPT", nullable = false)
    protected int attempt;

    /** The EARN entry, or null when the order earned no points. */
    @Column(name = "EARN_ENTRY_ID")
    protected Long earnEntryId;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Column(name = "BASIS", nullable = false, precision = 19, scale = 5)
    protected BigDecimal basis;

    @Column(name = "CAMPAIGN_MULTIPLIER", nullable = false, precision = 19, scale = 2)
    protected BigDecimal campaignMultiplier;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EARNED_AT", nullable = false)
    protected Date earnedAt;

    @OneToMany(mappedBy = "earning", targetEntity = OrderEarningLineImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("orderItemId")
    protected List<OrderEarningLineImpl> lines = new ArrayList<OrderEarningLineImpl>();

    protected OrderEarningImpl() {
    }

    /** A record claiming the order, before anything is earned. */
    public OrderEarningImpl(long orderId, long accountId, Date at) {
        this.orderId = orderId;
        this.accountId = accountId;
        this.state = OrderEarningState.ROLLED_BACK.name();
        this.basis = BigDecimal.ZERO;
        this.campaignMultiplier = BigDecimal.ONE;
        this.earnedAt = at;
    }

    /** Records a new earning of the order (the first, or a retry after a rollback). */
    public void earned(Earning earning, Long entryId, Date at) {
        this.attempt++;
        this.state = OrderEarningState.EARNED.name();
        this.earnEntryId = entryId;
        this.points = earning.getPoints();
        this.basis = earning.getBasis();
        this.campaignMultiplier = earning.getCampaignMultiplier();
        this.earnedAt = at;
        this.lines.clear();
        for (Earning.Line line : earning.getLines()) {
            lines.add(new OrderEarningLineImpl(this, line));
        }
    }

    public void rolledBack() {
        this.state = OrderEarningState.ROLLED_BACK.name();
    }

    /** The lines as the domain knows them, for working out what a return takes back. */
    public List<Earning.Line> domainLines() {
        List<Earning.Line> domain = new ArrayList<Earning.Line>();
        for (OrderEarningLineImpl line : lines) {
            domain.add(line.toDomain());
        }
        return domain;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public OrderEarningState getState() {
        return OrderEarningState.valueOf(state);
    }

    public int getAttempt() {
        return attempt;
    }

    public Long getEarnEntryId() {
        return earnEntryId;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getBasis() {
        return basis;
    }

    public BigDecimal getCampaignMultiplier() {
        return campaignMultiplier;
    }

    public Date getEarnedAt() {
        return earnedAt;
    }

    public List<OrderEarningLineImpl> getLines() {
        return lines;
    }
}
