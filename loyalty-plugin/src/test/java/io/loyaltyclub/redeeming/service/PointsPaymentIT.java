package io.loyaltyclub.redeeming.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.redeeming.broadleaf.PointsPayments;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.FailingCheckoutActivity;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Paying part of an order with points, through Broadleaf's real payment confirmation and rollback. */
class PointsPaymentIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final PointsPaymentService points = club.pointsPayments();
    private Customer customer;
    private LoyaltyAccount account;
    private Product lamp;

    @BeforeEach
    void aMemberWith2000Points() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        customer = shop.customer("payer");
        account = club.join(customer);
        club.give(account.getId(), 2000);
        lamp = shop.product("Lamp", "40.00");
    }

    @AfterEach
    void resetTheClub() {
        FailingCheckoutActivity.succeed();
        club.reset();
    }

    private Order shippedCart(int lamps) {
        return shop.shipped(shop.cart(customer, line(lamp, lamps)));
    }

    private Order apply(Order cart, long howMany) {
        return broadleaf.inSession(() -> {
            Order fresh = shop.orders().findOrderById(cart.getId());
            points.apply(fresh, customer, howMany);
            return shop.orders().findOrderById(cart.getId());
        });
    }

    private Order placed(Order cart) throws CheckoutException {
        try {
            return broadleaf.inSession(() -> shop.checkout(shop.orders().findOrderById(cart.getId())));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof CheckoutException) {
                throw (CheckoutException) e.getCause();
            }
            throw e;
        }
    }

    private long available() {
        return club.assertConsistent(account.getId()).getAvailable();
    }

    @Test
    void points_pay_part_of_the_order_and_are_spent_only_when_it_is_placed() throws Exception {
        Order cart = apply(shippedCart(1), 1000);

        assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("45.00");
        assertThat(cart.getTotalAfterAppliedPayments().getAmount()).isEqualByComparingTo("35.00");
        assertThat(PointsPayments.amountOf(cart)).isEqualByComparingTo("10.00");
        assertThat(available()).as("nothing is spent before the order is placed").isEqualTo(2000);

        Order order = placed(cart);

        Balance balance = club.assertConsistent(account.getId());
        assertThat(balance.getAvailable()).isEqualTo(1000);
        assertThat(balance.getPending()).as("earned on the 30.00 of merchandise paid with money").isEqualTo(30);
        LedgerEntry spent = entries(EntryType.REDEEM).get(0);
        assertThat(spent.getPoints()).isEqualTo(-1000);
        assertThat(spent.getReason()).isEqualTo(EntryReason.ORDER_PAYMENT);
        assertThat(spent.getReference()).isEqualTo(order.getOrderNumber());
    }

    @Test
    void points_beyond_the_balance_the_minimum_or_half_the_order_are_refused_and_change_nothing() {
        club.give(account.getId(), 3000);
        Order cart = shippedCart(1);

        assertRefused(cart, 99, PointsRefusedException.Why.BELOW_MINIMUM);
        assertRefused(cart, 0, PointsRefusedException.Why.NOT_POSITIVE);
        assertRefused(cart, 2251, PointsRefusedException.Why.ABOVE_ORDER_SHARE);
        Order big = shippedCart(3);
        assertRefused(big, 5001, PointsRefusedException.Why.ABOVE_BALANCE);
        Customer stranger = shop.customer("stranger");
        assertThatThrownBy(() -> broadleaf.inSession(() -> points.apply(
                shop.orders().findOrderById(cart.getId()), stranger, 500)))
                .isInstanceOf(PointsRefusedException.class).extracting("why").isEqualTo(PointsRefusedException.Why.NOT_A_MEMBER);
        assertThat(available()).isEqualTo(5000);
    }

    private void assertRefused(Order cart, long howMany, PointsRefusedException.Why why) {
        assertThatThrownBy(() -> apply(cart, howMany)).isInstanceOf(PointsRefusedException.class)
                .extracting("why").isEqualTo(why);
        assertThat(broadleaf.inSession(() -> PointsPayments.of(shop.orders().findOrderById(cart.getId())).size()))
                .isZero();
    }

    @Test
    void applying_again_replaces_the_points_and_removing_takes_them_off() {
        Order again = apply(apply(shippedCart(1), 1000), 1500);

        assertThat(PointsPayments.of(again)).hasSize(1);
        assertThat(PointsPayments.amountOf(again)).isEqualByComparingTo("15.00");
        final long cartId = again.getId();
        Order removed = broadleaf.inSession(() -> points.remove(shop.orders().findOrderById(cartId)));
        assertThat(PointsPayments.of(removed)).isEmpty();
        assertThat(removed.getTotalAfterAppliedPayments().getAmount()).isEqualByComparingTo("45.00");
    }

    @Test
    void a_smaller_cart_lowers_the_points_to_half_of_the_new_total() {
        club.give(account.getId(), 3000);
        Order cart = apply(shippedCart(2), 4000);
        assertThat(PointsPayments.amountOf(cart)).isEqualByComparingTo("40.00");

        Order smaller = broadleaf.inSession(() -> {
            Order fresh = shop.orders().findOrderById(cart.getId());
            OrderItem item = fresh.getOrderItems().get(0);
            org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO one =
                    new org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO();
            one.setOrderItemId(item.getId());
            one.setQuantity(1);
            return shop.orders().updateItemQuantity(fresh.getId(), one, true);
        });

        assertThat(smaller.getTotal().getAmount()).isEqualByComparingTo("45.00");
        assertThat(PointsPayments.amountOf(smaller)).as("half of 45.00").isEqualByComparingTo("22.50");
        assertThat(smaller.getTotalAfterAppliedPayments().getAmount()).isEqualByComparingTo("22.50");
    }

    @Test
    void a_checkout_failing_after_the_points_were_spent_gives_them_back() throws Exception {
        Order cart = apply(shippedCart(1), 1000);

        FailingCheckoutActivity.fail();
        assertThatThrownBy(() -> placed(cart)).isInstanceOf(CheckoutException.class);

        Balance balance = club.assertConsistent(account.getId());
        assertThat(balance.getAvailable()).isEqualTo(2000);
        assertThat(balance.getPending()).as("the earning was taken back too").isZero();
        assertThat(entries(EntryType.RESTORE_REDEEM)).extracting(LedgerEntry::getPoints).containsExactly(1000L);
        assertThat(entries(EntryType.RESTORE_REDEEM).get(0).getReason()).isEqualTo(EntryReason.CHECKOUT_FAILED);
        assertThat(broadleaf.inSession(() -> PointsPayments.of(shop.orders().findOrderById(cart.getId())).size()))
                .as("Broadleaf drops the rolled-back payment").isZero();
    }

    @Test
    void points_spent_elsewhere_are_taken_off_the_cart_when_it_is_priced_again() {
        Order cart = apply(shippedCart(1), 1500);
        club.ledger().redeem(account.getId(), 1000, EntrySource.of(EntryReason.ORDER_PAYMENT), "elsewhere:" + cart.getId());

        java.math.BigDecimal paidWithPoints = broadleaf.inSession(
                () -> PointsPayments.amountOf(shop.shipped(shop.orders().findOrderById(cart.getId()))));

        assertThat(paidWithPoints).as("only the 1000 points left").isEqualByComparingTo("10.00");
    }

    @Test
    void points_spent_elsewhere_after_the_last_pricing_make_the_checkout_fail_and_nothing_is_spent() {
        Order cart = apply(shippedCart(1), 1500);
        Order ready = broadleaf.inSession(() -> shop.readyForCheckout(shop.orders().findOrderById(cart.getId())));
        club.ledger().redeem(account.getId(), 1000, EntrySource.of(EntryReason.ORDER_PAYMENT), "elsewhere:" + cart.getId());

        assertThatThrownBy(() -> shop.performCheckout(ready)).isInstanceOf(CheckoutException.class);

        assertThat(available()).isEqualTo(1000);
        assertThat(entries(EntryType.REDEEM)).hasSize(1);
    }

    @Test
    void two_checkouts_spending_the_same_points_at_once_never_overspend() throws Exception {
        // Both carts are priced (and their points checked) before either is placed: only the spending can stop one.
        final Order first = readyToPlace(apply(shippedCart(4), 1500));
        final Order second = readyToPlace(apply(shippedCart(4), 1500));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<Future<Boolean>>();
        for (final Order ready : new Order[] {first, second}) {
            results.add(pool.submit(new Callable<Boolean>() {
                @Override
                public Boolean call() throws Exception {
                    start.await();
                    try {
                        shop.performCheckout(ready);
                        return true;
                    } catch (CheckoutException refused) {
                        return false;
                    }
                }
            }));
        }
        start.countDown();
        int placed = 0;
        for (Future<Boolean> result : results) {
            placed += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(placed).isEqualTo(1);
        assertThat(available()).isEqualTo(500);
        assertThat(entries(EntryType.REDEEM)).hasSize(1);
    }

    private Order readyToPlace(Order cart) {
        return broadleaf.inSession(() -> shop.readyForCheckout(shop.orders().findOrderById(cart.getId())));
    }

    private List<LedgerEntry> entries(EntryType type) {
        List<LedgerEntry> found = new ArrayList<LedgerEntry>();
        for (LedgerEntry entry : club.ledger().history(account.getId(), null, 100)) {
            if (entry.getType() == type) {
                found.add(entry);
            }
        }
        return found;
    }
}
