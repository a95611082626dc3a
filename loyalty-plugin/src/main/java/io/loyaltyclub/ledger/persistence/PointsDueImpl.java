package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.PointsTotals;
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
 * An account's points that change at one moment still to come ({@link PointsTotals.Due}): its pending points that
 * become available at DUE_AT (and expire at EXPIRES_AT, or never), or its available points that expire at DUE_AT.
 * Kept with {@link PointsBalanceImpl} by the transaction that changes the lots; a row whose points reach 0 goes.
 */
@Entity
@Table(name = "LOYALTY_POINTS_DUE")
@org.hibernate.annotations.Table(appliesTo = "LOYALTY_POINTS_DUE", indexes = {
        @Index(name = "LOYALTY_DUE_ACCOUNT_IX", columnNames = {"ACCOUNT_ID", "STATE", "DUE_AT"})
})
public class PointsDueImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyPointsDueId")
    @GenericGenerator(
            name = "LoyaltyPointsDueId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "PointsDueImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.ledger.persistence.PointsDueImpl")
            })
    @Column(name = "POINTS_DUE_ID")
    protected Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    protected Long accountId;

    @Column(name = "STATE", nullable = false, length = 20, updatable = false)
    protected String state;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DUE_AT", nullable = false, updatable = false)
    protected Date dueAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT", updatable = false)
    protected Date expiresAt;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    protected PointsDueImpl() {
    }

    public Long getAccountId() {
        return accountId;
    }

    public long getPoints() {
        return points;
    }
}
