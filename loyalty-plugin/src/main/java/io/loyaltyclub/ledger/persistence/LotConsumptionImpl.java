package io.loyaltyclub.ledger.persistence;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/** Points one spending entry took from one lot, and how many of them were given back since. */
@Entity
@Table(name = "LOYALTY_LOT_CONSUMPTION")
public class LotConsumptionImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyLotConsumptionId")
    @GenericGenerator(
            name = "LoyaltyLotConsumptionId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "LotConsumptionImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.ledger.persistence.LotConsumptionImpl")
            })
    @Column(name = "LOT_CONSUMPTION_ID")
    protected Long id;

    @Column(name = "ENTRY_ID", nullable = false, updatable = false)
    @Index(name = "LOYALTY_CONSUMPTION_ENTRY_IX", columnNames = {"ENTRY_ID"})
    protected Long entryId;

    @Column(name = "LOT_ID", nullable = false, updatable = false)
    protected Long lotId;

    @Column(name = "POINTS", nullable = false, updatable = false)
    protected long points;

    @Column(name = "RESTORED", nullable = false)
    protected long restored;

    protected LotConsumptionImpl() {
    }

    public Long getId() {
        return id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Long getLotId() {
        return lotId;
    }

    public long getPoints() {
        return points;
    }

    public long getRestored() {
        return restored;
    }

    public void setRestored(long restored) {
        this.restored = restored;
    }
}
