package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.Lot;
import io.loyaltyclub.ledger.domain.LotState;
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

/**
 * The stored form of a {@link Lot}: points earned together, how many are left, when they become available and
 * when they expire. Open lots (pending or active) are what a balance is computed from, so a balance read does
 * not grow with the ledger.
 */
@Entity
@Table(name = "LOYALTY_POINTS_LOT")
@org.hibernate.annotations.Table(appliesTo = "LOYALTY_POINTS_LOT", indexes = {
        @Index(name = "LOYALTY_LOT_ACCOUNT_IX", columnNames = {"ACCOUNT_ID", "STATE"}),
        @Index(name = "LOYALTY_LOT_AVAILABLE_IX", columnNames = {"STATE", "AVAILABLE_AT"}),
        @Index(name = "LOYALTY_LOT_EXPIRES_IX", columnNames = {"STATE", "EXPIRES_AT"})
})
public class PointsLotImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyPointsLotId")
    @GenericGenerator(
            name = "LoyaltyPointsLotId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "PointsLotImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.ledger.persistence.PointsLotImpl")
            })
    @Column(name = "POINTS_LOT_ID")
    protected Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    protected Long accountId;

    @Column(name = "POINTS", nullable = false, updatable = false)
    protected long points;

    @Column(name = "REMAINING", nullable = false)
    protected long remaining;

    @Column(name = "REVERSED", nullable = false)
    protected long reversed;

    @Column(name = "EXPIRED_POINTS", nullable = false)
    protected long expired;

    /** Changes only when an admin ends the pending period of the lot's order (PointsAccount.endPendingPeriod). */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_AT", nullable = false)
    protected Date availableAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT", updatable = false)
    protected Date expiresAt;

    @Column(name = "STATE", nullable = false, length = 20)
    protected String state;

    protected PointsLotImpl() {
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public long getPoints() {
        return points;
    }

    public long getRemaining() {
        return remaining;
    }

    public Date getAvailableAt() {
        return availableAt;
    }

    public Date getExpiresAt() {
        return expiresAt;
    }

    public LotState getState() {
        return LotState.valueOf(state);
    }
}
