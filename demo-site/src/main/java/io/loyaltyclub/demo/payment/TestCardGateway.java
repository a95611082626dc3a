package io.loyaltyclub.demo.payment;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.common.payment.service.PaymentGatewayRollbackService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionService;
import org.broadleafcommerce.common.vendor.service.exception.PaymentException;

import java.math.BigDecimal;

/**
 * The demo's payment gateway for test cards: Broadleaf's checkout workflow confirms an order's UNCONFIRMED
 * card transaction here (ValidateAndConfirmPaymentActivity), and if checkout fails later, refunds it
 * through the rollback service. Nothing leaves the machine.
 */
public class TestCardGateway implements PaymentGatewayTransactionService, PaymentGatewayRollbackService {

    /** The gateway's type, registered as a Spring bean so that stored payments resolve it. */
    public static final String TYPE = "DEMO_TEST_CARD";
    /** The additional field of a transaction holding the card's last four digits. */
    public static final String LAST_FOUR = "cardLastFour";

    static PaymentGatewayType gatewayType() {
        PaymentGatewayType type = PaymentGatewayType.getInstance(TYPE);
        return type != null ? type : new PaymentGatewayType(TYPE, "Demo test card");
    }

    @Override
    public PaymentResponseDTO authorizeAndCapture(PaymentRequestDTO request) throws PaymentException {
        String lastFour = String.valueOf(request.getAdditionalFields().get(LAST_FOUR));
        boolean approved = !TestCard.DECLINED.endsWith(lastFour);
        return response(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, approved,
                approved ? "Approved test card ending " + lastFour : "Declined test card ending " + lastFour);
    }

    @Override
    public PaymentResponseDTO authorize(PaymentRequestDTO request) throws PaymentException {
        return authorizeAndCapture(request);
    }

    @Override
    public PaymentResponseDTO capture(PaymentRequestDTO request) throws PaymentException {
        return response(request, PaymentTransactionType.CAPTURE, true, "Captured");
    }

    @Override
    public PaymentResponseDTO reverseAuthorize(PaymentRequestDTO request) throws PaymentException {
        return response(request, PaymentTransactionType.REVERSE_AUTH, true, "Authorization reversed");
    }

    @Override
    public PaymentResponseDTO refund(PaymentRequestDTO request) throws PaymentException {
        return response(request, PaymentTransactionType.REFUND, true, "Refunded");
    }

    @Override
    public PaymentResponseDTO voidPayment(PaymentRequestDTO request) throws PaymentException {
        return response(request, PaymentTransactionType.VOID, true, "Voided");
    }

    @Override
    public PaymentResponseDTO rollbackAuthorize(PaymentRequestDTO request) throws PaymentException {
        return reverseAuthorize(request);
    }

    @Override
    public PaymentResponseDTO rollbackCapture(PaymentRequestDTO request) throws PaymentException {
        return refund(request);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorizeAndCapture(PaymentRequestDTO request) throws PaymentException {
        return refund(request);
    }

    @Override
    public PaymentResponseDTO rollbackRefund(PaymentRequestDTO request) throws PaymentException {
        return response(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, true, "Refund rolled back");
    }

    private static PaymentResponseDTO response(PaymentRequestDTO request, PaymentTransactionType type,
                                               boolean successful, String message) {
        PaymentResponseDTO response = new PaymentResponseDTO(PaymentType.CREDIT_CARD, gatewayType())
                .paymentTransactionType(type)
                .amount(new Money(new BigDecimal(request.getTransactionTotal()), request.getOrderCurrencyCode()))
                .orderId(request.getOrderId())
                .successful(successful)
                .rawResponse(message)
                .responseMap(LAST_FOUR, String.valueOf(request.getAdditionalFields().get(LAST_FOUR)));
        return response;
    }
}
