package io.loyaltyclub.redeeming.broadleaf;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The loyalty points payment in Broadleaf's terms: its payment type and gateway type (both registered as beans
 * in bl-loyalty-applicationContext.xml, so stored payments resolve them), and how to find it on an order.
 */
public final class PointsPayments {

    /** The payment type of a points payment. */
    public static final String TYPE = "LOYALTY_POINTS";
    /** The gateway that confirms points payments (the loyalty ledger). */
    public static final String GATEWAY = "LOYALTY_POINTS";
    /** The transaction field holding the number of points a payment spends. */
    public static final String POINTS_FIELD = "loyaltyPoints";
    /** The transaction field holding the ledger entry that spent them, once confirmed. */
    public static final String ENTRY_FIELD = "loyaltyEntryId";
    /** The transaction field holding the payment's idempotency key, made when the points were applied. */
    public static final String KEY_FIELD = "loyaltyPaymentKey";

    private PointsPayments() {
    }

    public static PaymentType paymentType() {
        PaymentType type = PaymentType.getInstance(TYPE);
        return type != null ? type : new PaymentType(TYPE, "Loyalty points");
    }

    public static PaymentGatewayType gatewayType() {
        PaymentGatewayType type = PaymentGatewayType.getInstance(GATEWAY);
        return type != null ? type : new PaymentGatewayType(GATEWAY, "Loyalty points");
    }

    public static boolean isPointsPayment(OrderPayment payment) {
        return payment != null && payment.getType() != null && TYPE.equals(payment.getType().getType());
    }

    /** The order's active points payments (at most one, unless something else added more). */
    public static List<OrderPayment> of(Order order) {
        List<OrderPayment> found = new ArrayList<OrderPayment>();
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive() && isPointsPayment(payment)) {
                found.add(payment);
            }
        }
        return found;
    }

    /** The money the order pays with points. */
    public static BigDecimal amountOf(Order order) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderPayment payment : of(order)) {
            Money amount = payment.getAmount();
            if (amount != null) {
                total = total.add(amount.getAmount());
            }
        }
        return total;
    }
}
