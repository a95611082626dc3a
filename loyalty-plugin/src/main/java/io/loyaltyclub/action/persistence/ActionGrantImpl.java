package io.loyaltyclub.action.persistence;

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
 * One rewarded action of a member: which action, which occurrence of it (a review's id, the year of a birthday),
 * when, and the ledger entry of its points. Unique per member, action and occurrence, so an occurrence is rewarded
 * once whatever retries or races happen; the caps count these rows.
 */
@Entity
@Table(name = "LOYALTY_ACTION_GRANT", uniqueConstraints = @UniqueConstraint(name = "LOYALTY_ACTION_GRANT_UK",
        columnNames = {"ACCOUNT_ID", "ACTION_TYPE", "OCCURRENCE_KEY"}))
public class ActionGrantImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyActionGrantId")
    @GenericGenerator(
            name = "LoyaltyActionGrantId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ActionGrantImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.action.persistence.ActionGrantImpl")
            })
    @Column(name = "ACTION_GRANT_ID")
    protected Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    @Index(name = "LOYALTY_ACTION_GRANT_ACCT_IX", columnNames = {"ACCOUNT_ID", "ACTION_TYPE", "GRANTED_AT"})
    protected Long accountId;

    @Column(name = "ACTION_TYPE", nullable = false, length = 30, updatable = false)
    protected String actionType;

    @Column(name = "OCCURRENCE_KEY", nullable = false, length = 150, updatable = false)
    protected String occurrenceKey;

    @Column(name = "POINTS", nullable = false, updatable = false)
    protected long points;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "GRANTED_AT", nullable = false, updatable = false)
    @Index(name = "LOYALTY_ACTION_GRANT_AT_IX", columnNames = {"ACTION_TYPE", "GRANTED_AT"})
    protected Date grantedAt;

    @Column(name = "LEDGER_ENTRY_ID")
    protected Long ledgerEntryId;

    /** The order that brought the reward (a shared link's visitor who bought), or null. */
    @Column(name = "ORDER_ID", updatable = false)
    protected Long orderId;

    protected ActionGrantImpl() {
    }

    public ActionGrantImpl(long accountId, String actionType, String occurrenceKey, long points, Date grantedAt) {
        this.accountId = accountId;
        this.actionType = actionType;
        this.occurrenceKey = occurrenceKey;
        this.points = points;
        this.grantedAt = grantedAt;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getActionType() {
        return actionType;
    }

    public String getOccurrenceKey() {
        return occurrenceKey;
    }

    public long getPoints() {
        return points;
    }

    public Date getGrantedAt() {
        return grantedAt;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    public void setLedgerEntryId(Long ledgerEntryId) {
        this.ledgerEntryId = ledgerEntryId;
    }
}
