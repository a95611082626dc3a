package io.loyaltyclub.demo.payment;

import io.loyaltyclub.platform.OneStepGatewayConfiguration;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.service.PaymentGatewayRollbackService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionService;
import org.springframework.stereotype.Service;

/**
 * Registers the test-card gateway with Broadleaf (appended to blPaymentGatewayConfigurationServices in
 * the storefront's applicationContext.xml). It authorizes and captures in one step and can refund.
 */
@Service("demoTestCardConfigurationService")
public class TestCardConfigurationService extends OneStepGatewayConfiguration {

    private final TestCardGateway gateway = new TestCardGateway();

    @Override
    public PaymentGatewayTransactionService getTransactionService() {
        return gateway;
    }

    @Override
    public PaymentGatewayRollbackService getRollbackService() {
        return gateway;
    }

    @Override
    public boolean handlesAuthorize() {
        return true;
    }

    @Override
    public boolean handlesCapture() {
        return true;
    }

    @Override
    public boolean handlesReverseAuthorize() {
        return true;
    }

    @Override
    public boolean handlesVoid() {
        return true;
    }

    @Override
    public boolean handlesRefund() {
        return true;
    }

    @Override
    public PaymentGatewayType getGatewayType() {
        return TestCardGateway.gatewayType();
    }
}
