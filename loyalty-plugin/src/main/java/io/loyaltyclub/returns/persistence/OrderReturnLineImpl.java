package io.loyaltyclub.returns.persistence;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** How many of one order line a return or cancellation took back. */
@Entity
@Table(name = "LOYALTY_ORDER_RETURN_LINE")
public class OrderReturnLineImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyOrderReturnLineId")
    @GenericGenerator(
            name = "LoyaltyOrderReturnLineId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OrderReturnLineImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.returns.persistence.OrderReturnLineImpl")
            })
    @Column(name = "ORDER_RETURN_LINE_ID")
    protected Long id;

    @ManyToOne(targetEntity = OrderReturnImpl.class, optional = false)
    @JoinColumn(name = "ORDER_RETURN_ID")
    protected OrderReturnImpl orderReturn;

    @Column(name = "ORDER_ITEM_ID", nullable = false)
    protected Long orderItemId;

    @Column(name = "QUANTITY", nullable = false)
    protected int quantity;

    protected OrderReturnLineImpl() {
    }

    OrderReturnLineImpl(OrderReturnImpl orderReturn, long orderItemId, int quantity) {
        this.orderReturn = orderReturn;
        this.orderItemId = orderItemId;
        this.quantity = quantity;
    }

    public Long getOrderItemId() {
        return orderItemId;
    }

    public int getQuantity() {
        return quantity;
    }
}
