package io.loyaltyclub.redeeming.service;

import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.redeeming.broadleaf.PointsPayments;
import io.loyaltyclub.redeeming.domain.PointsPaymentLimits;
import org.broadleafcommerce.common.currency.util.BroadleafCurrencyUtils;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.service.PaymentGatewayCheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import javax.annotation.Resource;

@Service("loyaltyPointsPaymentService")
public class PointsPaymentServiceImpl implements PointsPaymentService {

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService payments;

    @Resource(name = "blPaymentGatewayCheckoutService")
    protected PaymentGatewayCheckoutService checkoutPayments;

    @Override
    public PointsAtCheckout describe(Order cart, Customer customer) {
        Member member = member(customer);
        if (member == null) {
            return null;
        }
        PointsPaymentLimits limits = limits(member, cart);
        OrderPayment applied = applied(cart);
        return new PointsAtCheckout(limits, applied == null ? 0 : pointsOf(applied),
                applied == null || applied.getAmount() == null ? BigDecimal.ZERO : applied.getAmount().getAmount());
    }

    @Override
    public PointsAtCheckout apply(Order cart, Customer customer, long points) {
        Member member = member(customer);
        if (member == null) {
            throw new PointsRefusedException(programmes.findProgramme().isActive()
                    ? PointsRefusedException.Why.NOT_A_MEMBER : PointsRefusedException.Why.CLUB_CLOSED);
        }
        PointsPaymentLimits limits = limits(member, cart);
        PointsPaymentLimits.Refusal refusal = limits.check(points);
        if (refusal != null) {
            throw new PointsRefusedException(PointsRefusedException.Why.valueOf(refusal.name()));
        }
        long charged = limits.charge(points);
        BigDecimal amount = limits.valueOf(charged);
        Order order = withoutPointsPayments(cart);
        OrderPayment payment = payments.create();
        payment.setType(PointsPayments.paymentType());
        payment.setPaymentGatewayType(PointsPayments.gatewayType());
        payment.setAmount(BroadleafCurrencyUtils.getMoney(amount, order.getCurrency()));
        payment.setOrder(order);
        PaymentTransaction transaction = payments.createTransaction();
        transaction.setType(PaymentTransactionType.UNCONFIRMED);
        transaction.setAmount(payment.getAmount());
        transaction.setRawResponse(charged + " loyalty points applied at checkout");
        transaction.getAdditionalFields().put(PointsPayments.POINTS_FIELD, String.valueOf(charged));
        transaction.getAdditionalFields().put(PointsPayments.KEY_FIELD, UUID.randomUUID().toString());
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orders.addPaymentToOrder(order, payment, null);
        return new PointsAtCheckout(limits, charged, amount);
    }

    @Override
    public Order remove(Order cart) {
        if (applied(cart) == null) {
            return cart;
        }
        Order order = withoutPointsPayments(cart);
        try {
            return orders.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException("The cart could not be saved without its points payment", e);
        }
    }

    @Override
    public boolean keepWithinLimits(Order cart) {
        OrderPayment applied = applied(cart);
        if (applied == null || !OrderStatus.IN_PROCESS.equals(cart.getStatus()) || applied.isConfirmed()) {
            return false;
        }
        Member member = member(cart.getCustomer());
        if (member == null) {
            withoutPointsPayments(cart);
            return true;
        }
        PointsPaymentLimits limits = limits(member, cart);
        long points = pointsOf(applied);
        if (limits.check(points) == null && limits.charge(points) == points
                && limits.valueOf(points).compareTo(applied.getAmount().getAmount()) == 0) {
            return false;
        }
        if (!limits.isPossible()) {
            withoutPointsPayments(cart);
            return true;
        }
        long fitting = limits.check(points) == null ? limits.charge(points) : limits.getMaximum();
        Money amount = BroadleafCurrencyUtils.getMoney(limits.valueOf(fitting), cart.getCurrency());
        applied.setAmount(amount);
        for (PaymentTransaction transaction : applied.getTransactions()) {
            if (PaymentTransactionType.UNCONFIRMED.equals(transaction.getType())) {
                transaction.setAmount(amount);
                transaction.getAdditionalFields().put(PointsPayments.POINTS_FIELD, String.valueOf(fitting));
            }
        }
        return true;
    }

    private Order withoutPointsPayments(Order cart) {
        List<OrderPayment> stale = PointsPayments.of(cart);
        for (OrderPayment payment : stale) {
            cart.getPayments().remove(payment);
            checkoutPayments.markPaymentAsInvalid(payment.getId());
        }
        return cart;
    }

    private OrderPayment applied(Order cart) {
        List<OrderPayment> found = PointsPayments.of(cart);
        return found.isEmpty() ? null : found.get(0);
    }

    private static long pointsOf(OrderPayment payment) {
        for (PaymentTransaction transaction : payment.getTransactions()) {
            String points = transaction.getAdditionalFields().get(PointsPayments.POINTS_FIELD);
            if (points != null && PaymentTransactionType.UNCONFIRMED.equals(transaction.getType())) {
                return Long.parseLong(points);
            }
        }
        return 0;
    }

    private PointsPaymentLimits limits(Member member, Order cart) {
        BigDecimal total = cart.getTotal() == null ? BigDecimal.ZERO : cart.getTotal().getAmount();
        return PointsPaymentLimits.of(member.rules, ledger.balance(member.account.getId()).getAvailable(), total,
                currencyScale(cart));
    }

    private static int currencyScale(Order cart) {
        if (cart.getCurrency() != null && cart.getCurrency().getCurrencyCode() != null) {
            return Currency.getInstance(cart.getCurrency().getCurrencyCode()).getDefaultFractionDigits();
        }
        return 2;
    }

    /** The customer's active membership with the programme's rules, or null. */
    private Member member(Customer customer) {
        if (customer == null || customer.getId() == null || !customer.isRegistered()) {
            return null;
        }
        LoyaltyProgram programme = programmes.findProgramme();
        if (!programme.isActive()) {
            return null;
        }
        LoyaltyAccount account = memberships.findByCustomer(customer.getId());
        return account == null || !account.isActive() ? null : new Member(account, programme.toRules());
    }

    private static final class Member {
        final LoyaltyAccount account;
        final ProgrammeRules rules;

        Member(LoyaltyAccount account, ProgrammeRules rules) {
            this.account = account;
            this.rules = rules;
        }
    }
}
