package io.loyaltyclub.redeeming.broadleaf;

import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.InsufficientPointsException;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.AccountNotActiveException;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.common.payment.service.PaymentGatewayRollbackService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionConfirmationService;
import org.broadleafcommerce.common.vendor.service.exception.PaymentException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The loyalty ledger as a Broadleaf payment gateway. Broadleaf's checkout confirms an order's UNCONFIRMED points
 * transaction here (ValidateAndConfirmPaymentActivity): the points are spent then, under the member's lock, so two
 * checkouts can never spend the same points. If the checkout fails afterwards, Broadleaf's
 * ConfirmPaymentsRollbackHandler calls {@link #rollbackAuthorizeAndCapture}, which gives them back.
 * Both are idempotent: the payment's key was made when the shopper applied the points.
 */
public class PointsGateway implements PaymentGatewayTransactionConfirmationService, PaymentGatewayRollbackService {

    private static final Log LOG = LogFactory.getLog(PointsGateway.class);

    private final LoyaltyLedgerService ledger;
    private final MembershipService memberships;
    private final OrderService orders;

    public PointsGateway(LoyaltyLedgerService ledger, MembershipService memberships, OrderService orders) {
        this.ledger = ledger;
        this.memberships = memberships;
        this.orders = orders;
    }

    @Override
    public PaymentResponseDTO confirmTransaction(PaymentRequestDTO request) throws PaymentException {
        Map<String, Object> fields = request.getAdditionalFields();
        long points = Long.parseLong(String.valueOf(fields.get(PointsPayments.POINTS_FIELD)));
        String key = String.valueOf(fields.get(PointsPayments.KEY_FIELD));
        long orderId = Long.parseLong(request.getOrderId());
        Order order = orders.findOrderById(orderId);
        LoyaltyAccount account = order == null || order.getCustomer() == null ? null
                : memberships.findByCustomer(order.getCustomer().getId());
        if (account == null) {
            return refused(request, points, "The customer of order " + orderId + " is not a member of the club");
        }
        try {
            LedgerEntry spent = ledger.redeem(account.getId(), points,
                    EntrySource.order(EntryReason.ORDER_PAYMENT, orderId, order.getOrderNumber()), "pay:" + key)
                    .getEntry();
            return response(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, true,
                    points + " points spent (ledger entry " + spent.getId() + ")")
                    .responseMap(PointsPayments.POINTS_FIELD, String.valueOf(points))
                    .responseMap(PointsPayments.KEY_FIELD, key)
                    .responseMap(PointsPayments.ENTRY_FIELD, String.valueOf(spent.getId()));
        } catch (InsufficientPointsException e) {
            return refused(request, points, "Only " + e.getAvailable() + " points are available");
        } catch (AccountNotActiveException e) {
            return refused(request, points, e.getMessage());
        }
    }

    @Override
    public PaymentResponseDTO rollbackAuthorizeAndCapture(PaymentRequestDTO request) throws PaymentException {
        Map<String, Object> fields = request.getAdditionalFields();
        Object entry = fields.get(PointsPayments.ENTRY_FIELD);
        if (entry == null) {
            throw new PaymentException("The points transaction carries no ledger entry to give the points back from");
        }
        LedgerEntry spent = ledger.findEntry(Long.parseLong(String.valueOf(entry)));
        ledger.restore(spent.getId(), -spent.getPoints(),
                EntrySource.order(EntryReason.CHECKOUT_FAILED, spent.getOrderId(), spent.getReference()),
                spent.getIdempotencyKey() + ":rollback");
        LOG.info("Gave back " + (-spent.getPoints()) + " points of order " + request.getOrderId()
                + ": its checkout failed after they were spent");
        return response(request, PaymentTransactionType.VOID, true, (-spent.getPoints()) + " points given back")
                .responseMap(PointsPayments.ENTRY_FIELD, String.valueOf(spent.getId()));
    }

    @Override
    public PaymentResponseDTO rollbackAuthorize(PaymentRequestDTO request) throws PaymentException {
        return rollbackAuthorizeAndCapture(request);
    }

    @Override
    public PaymentResponseDTO rollbackCapture(PaymentRequestDTO request) throws PaymentException {
        return rollbackAuthorizeAndCapture(request);
    }

    @Override
    public PaymentResponseDTO rollbackRefund(PaymentRequestDTO request) throws PaymentException {
        throw new PaymentException("Points payments are never refunded through the gateway; returns give points "
                + "back through the club's order actions");
    }

    private static PaymentResponseDTO refused(PaymentRequestDTO request, long points, String why) {
        LOG.info("Refused to spend " + points + " points on order " + request.getOrderId() + ": " + why);
        return response(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, false, why);
    }

    private static PaymentResponseDTO response(PaymentRequestDTO request, PaymentTransactionType type,
                                               boolean successful, String message) {
        return new PaymentResponseDTO(PointsPayments.paymentType(), PointsPayments.gatewayType())
                .paymentTransactionType(type)
                .amount(new Money(new BigDecimal(request.getTransactionTotal()), request.getOrderCurrencyCode()))
                .orderId(request.getOrderId())
                .successful(successful)
                .rawResponse(message);
    }
}
