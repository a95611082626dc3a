package io.loyaltyclub.earning.persistence;

import io.loyaltyclub.earning.domain.Earning;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One order line's share of an order's earning, with its exact (unrounded) points. */
@Entity
@Table(name = "LOYALTY_ORDER_EARNING_LINE")
public class OrderEarningLineImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyOrderEarningLineId")
    @GenericGenerator(
            name = "LoyaltyOrderEarningLineId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OrderEarningLineImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.earning.persistence.OrderEarningLineImpl")
            })
    @Column(name = "ORDER_EARNING_LINE_ID")
    protected Long id;

    @ManyToOne(targetEntity = OrderEarningImpl.class, optional = false)
    @JoinColumn(name = "ORDER_EARNING_ID")
    protected OrderEarningImpl earning;

    @Column(name = "ORDER_ITEM_ID", nullable = false)
    protected Long orderItemId;

    @Column(name = "QUANTITY", nullable = false)
    protected int quantity;

    @Column(name = "ELIGIBLE_AMOUNT", nullable = false, precision = 19, scale = 5)
    protected BigDecimal eligibleAmount;

    @Column(name = "MULTIPLIER", nullable = false, precision = 19, scale = 2)
    protected BigDecimal multiplier;

    @Column(name = "EXACT_POINTS", nullable = false, precision = 24, scale = 8)
    protected BigDecimal exactPoints;

    protected OrderEarningLineImpl() {
    }

    OrderEarningLineImpl(OrderEarningImpl earning, Earning.Line line) {
        this.earning = earning;
        this.orderItemId = line.getLineId();
        this.quantity = line.getQuantity();
        this.eligibleAmount = line.getEligibleAmount().setScale(5, RoundingMode.HALF_EVEN);
        this.multiplier = line.getMultiplier();
        this.exactPoints = line.getExactPoints();
    }

    Earning.Line toDomain() {
        return new Earning.Line(orderItemId, quantity, eligibleAmount, multiplier, exactPoints);
    }

    public Long getOrderItemId() {
        return orderItemId;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getExactPoints() {
        return exactPoints;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }
}
