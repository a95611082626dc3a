package io.loyaltyclub.ledger.persistence;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The available and pending points of an account as its last posting, settlement or ended pending period left
 * them, written by the same transaction that changed the lots, under the account's lock. With the account's debt
 * and its {@link PointsDueImpl points due by moment} it is what a balance is read from, in one statement whatever
 * the number of lots. An account without one (lots written before the ledger kept it) gets it built from its lots
 * the first time the ledger touches it.
 */
@Entity
@Table(name = "LOYALTY_POINTS_BALANCE")
public class PointsBalanceImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ACCOUNT_ID")
    protected Long accountId;

    @Column(name = "AVAILABLE", nullable = false)
    protected long available;

    @Column(name = "PENDING", nullable = false)
    protected long pending;

    protected PointsBalanceImpl() {
    }

    public Long getAccountId() {
        return accountId;
    }

    public long getAvailable() {
        return available;
    }

    public long getPending() {
        return pending;
    }
}
