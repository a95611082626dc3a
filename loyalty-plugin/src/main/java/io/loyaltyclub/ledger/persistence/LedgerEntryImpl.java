package io.loyaltyclub.ledger.persistence;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "LOYALTY_LEDGER_ENTRY",
        uniqueConstraints = @UniqueConstraint(name = "LOYALTY_ENTRY_SEQ_UQ", columnNames = {"ACCOUNT_ID", "ACCOUNT_SEQ"}))
public class LedgerEntryImpl implements LedgerEntry {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyLedgerEntryId")
    @GenericGenerator(
            name = "LoyaltyLedgerEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "LedgerEntryImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.ledger.persistence.LedgerEntryImpl")
            })
    @Column(name = "LEDGER_ENTRY_ID")
    protected Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    protected Long accountId;

    /** The entry's number within its account: the order the member's points changed in. */
    @Column(name = "ACCOUNT_SEQ", nullable = false, updatable = false)
    protected long sequence;

    @Column(name = "ENTRY_TYPE", nullable = false, length = 20, updatable = false)
    protected String type;

    @Column(name = "POINTS", nullable = false, updatable = false)
    protected long points;

    @Column(name = "REASON", nullable = false, length = 30, updatable = false)
    protected String reason;

    /** Filled in later only for an order's entries made before Broadleaf numbered the order (its points payment). */
    @Column(name = "REFERENCE", length = 255)
    protected String reference;

    @Column(name = "ORDER_ID", updatable = false)
    @Index(name = "LOYALTY_ENTRY_ORDER_IX", columnNames = {"ORDER_ID"})
    protected Long orderId;

    @Column(name = "NOTE", length = 1000, updatable = false)
    protected String note;

    @Column(name = "ADMIN_USER", length = 255, updatable = false)
    protected String adminUser;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, unique = true, length = 200, updatable = false)
    protected String idempotencyKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    protected Date createdAt;

    /** When the entry's lot becomes available; the one column that changes: see {@link #availableFrom}. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_AT")
    protected Date availableAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT", updatable = false)
    protected Date expiresAt;

    @Column(name = "LOT_ID", updatable = false)
    protected Long lotId;

    @Column(name = "RELATED_ENTRY_ID", updatable = false)
    protected Long relatedEntryId;

    protected LedgerEntryImpl() {
    }

    public LedgerEntryImpl(Long accountId, long sequence, EntryType type, long points, EntryReason reason,
                           String idempotencyKey, Date createdAt) {
        this.accountId = accountId;
        this.sequence = sequence;
        this.type = type.name();
        this.points = points;
        this.reason = reason.name();
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }

    public LedgerEntryImpl describedBy(String reference, Long orderId, String note, String adminUser) {
        this.reference = reference;
        this.orderId = orderId;
        this.note = note;
        this.adminUser = adminUser;
        return this;
    }

    public LedgerEntryImpl forLot(Long lotId, Date availableAt, Date expiresAt) {
        this.lotId = lotId;
        this.availableAt = availableAt;
        this.expiresAt = expiresAt;
        return this;
    }

    /**
     * The earning's lot became available at {@code at}, before the time the entry was made with, because an admin
     * ended its order's pending period; the entry's points, reason and key never change.
     */
    public void availableFrom(Date at) {
        this.availableAt = at;
    }

    /** The id the ledger took for the entry it writes itself (LedgerDao#newEntryId). */
    public void assignId(long id) {
        if (this.id != null) {
            throw new IllegalStateException("Entry " + this.id + " has its id");
        }
        this.id = id;
    }

    public LedgerEntryImpl undoing(Long relatedEntryId) {
        this.relatedEntryId = relatedEntryId;
        return this;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getAccountId() {
        return accountId;
    }

    @Override
    public long getSequence() {
        return sequence;
    }

    @Override
    public EntryType getType() {
        return EntryType.valueOf(type);
    }

    @Override
    public long getPoints() {
        return points;
    }

    @Override
    public EntryReason getReason() {
        return EntryReason.valueOf(reason);
    }

    @Override
    public String getReference() {
        return reference;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    @Override
    public String getNote() {
        return note;
    }

    @Override
    public String getAdminUser() {
        return adminUser;
    }

    @Override
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public Date getAvailableAt() {
        return availableAt;
    }

    @Override
    public Date getExpiresAt() {
        return expiresAt;
    }

    @Override
    public Long getLotId() {
        return lotId;
    }

    @Override
    public Long getRelatedEntryId() {
        return relatedEntryId;
    }

    @Override
    public String toString() {
        return "LedgerEntry{" + id + " " + type + " " + points + " " + reason + " key " + idempotencyKey + "}";
    }
}
