package io.loyaltyclub.redeeming.broadleaf;

import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.OneStepGatewayConfiguration;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.service.PaymentGatewayRollbackService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionConfirmationService;
import org.broadleafcommerce.core.order.service.OrderService;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Registers the points gateway with Broadleaf (appended to blPaymentGatewayConfigurationServices by
 * bl-loyalty-applicationContext.xml): it confirms points payments and rolls them back. An inner bean of that list,
 * not a bean of its own, so that a site's PaymentGatewayConfigurationService stays the only one found by type.
 */
public class PointsGatewayConfigurationService extends OneStepGatewayConfiguration {

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    protected PointsGateway gateway;

    @PostConstruct
    public void init() {
        gateway = new PointsGateway(ledger, memberships, orders);
    }

    @Override
    public PaymentGatewayTransactionConfirmationService getTransactionConfirmationService() {
        return gateway;
    }

    @Override
    public PaymentGatewayRollbackService getRollbackService() {
        return gateway;
    }

    @Override
    public boolean handlesVoid() {
        return true;
    }

    @Override
    public PaymentGatewayType getGatewayType() {
        return PointsPayments.gatewayType();
    }
}
