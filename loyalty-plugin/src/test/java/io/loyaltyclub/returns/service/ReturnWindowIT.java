package io.loyaltyclub.returns.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.returns.persistence.ReturnWindowEndImpl;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;

/**
 * An admin ends a placed order's return window now, on the real Broadleaf context: its pending points become
 * available at once, it counts for tiers at once, once per order; refused for cancelled and returned orders and for a
 * window that is over already, changing nothing.
 */
class ReturnWindowIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final OrderReturnService returns = broadleaf.bean("loyaltyOrderReturnService", OrderReturnService.class);
    private Customer customer;
    private LoyaltyAccount account;
    private Product lamp;

    @BeforeEach
    void aMember() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        customer = shop.customer("window");
        account = club.join(customer);
        lamp = shop.product("Window lamp", "40.00");
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private Order placed(int lamps) {
        Order order = broadleaf.inSession(() -> shop.checkout(shop.shipped(shop.cart(customer, line(lamp, lamps)))));
        broadleaf.awaitLoyaltyWorkers();
        return order;
    }

    private ReturnWindowEndImpl end(Order order, String key) {
        return broadleaf.inSession(() -> returns.endReturnWindow(order.getId(), "maria", "Delivered, sealed goods",
                key));
    }

    private OrderReturnRefusedException.Why refusal(Order order, String note, String key) {
        return catchThrowableOfType(() -> broadleaf.inSession(() -> returns.endReturnWindow(order.getId(), "maria",
                note, key)), OrderReturnRefusedException.class).getWhy();
    }

    @Test
    void the_orders_pending_points_become_available_at_once_and_only_once() {
        Order order = placed(2);
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(80);

        ReturnWindowEndImpl ended = end(order, "window-1");

        Balance balance = club.assertConsistent(account.getId());
        assertThat(balance.getAvailable()).isEqualTo(80);
        assertThat(balance.getPending()).isZero();
        assertThat(ended.getPointsMadeAvailable()).isEqualTo(80);
        assertThat(ended.getAdminUser()).isEqualTo("maria");
        assertThat(ended.getNote()).isEqualTo("Delivered, sealed goods");
        assertThat(returns.returnWindowEndOf(order.getId()).getId()).isEqualTo(ended.getId());
        assertThat(returns.pendingPeriodEnd(order.getId(), club.clock().instant().plus(Duration.ofDays(14))))
                .isEqualTo(ended.getEndedAt().toInstant());

        assertThat(end(order, "window-1").getId()).as("the same form again: the first record").isEqualTo(ended.getId());
        assertThat(refusal(order, "Again", "window-2")).as("another form").isEqualTo(
                OrderReturnRefusedException.Why.WINDOW_ENDED);
        assertThat(club.assertConsistent(account.getId()).getAvailable()).isEqualTo(80);
    }

    @Test
    void the_order_counts_toward_tiers_at_once_by_points_and_by_money() {
        club.qualifyingTier("W_SILVER", 41, 70L, null, 0);
        Order byPoints = placed(2);
        club.tierQualification().review(account.getId());
        assertThat(club.tierCodeOf(account.getId())).as("80 points still pending").isNull();

        end(byPoints, "window-tier-points");
        assertThat(club.tierCodeOf(account.getId())).isEqualTo("W_SILVER");

        club.configure(p -> p.setTierBasis("MONEY_SPENT"));
        club.qualifyingTier("W_SILVER", 41, null, "100.00", 0);
        Order byMoney = placed(2);
        club.tierQualification().review(account.getId());
        assertThat(club.tierQualification().progress(account.getId()).getMeasure().getAmountSpent())
                .as("the first order's 80.00; the second is pending").isEqualByComparingTo("80.00");

        end(byMoney, "window-tier-money");
        assertThat(club.tierQualification().progress(account.getId()).getMeasure().getAmountSpent())
                .isEqualByComparingTo("160.00");
        assertThat(club.tierCodeOf(account.getId())).isEqualTo("W_SILVER");
    }

    @Test
    void a_cancelled_or_returned_order_a_missing_note_or_a_window_over_already_is_refused_and_changes_nothing() {
        Order cancelled = placed(1);
        returns.cancel(cancelled.getId(), "maria", "Cancelled", "cancel-" + cancelled.getId());
        Order returned = placed(2);
        long line = broadleaf.inSession(() -> shop.orders().findOrderById(returned.getId()).getOrderItems().get(0)
                .getId());
        broadleaf.inSession(() -> returns.returnItems(returned.getId(), Collections.singletonMap(line, 1), "maria",
                "One came back", "return-" + returned.getId()));
        Order open = placed(1);
        Balance before = club.assertConsistent(account.getId());

        assertThat(refusal(cancelled, "Why not", "w-cancelled")).isEqualTo(OrderReturnRefusedException.Why.NOT_PLACED);
        assertThat(refusal(returned, "Why not", "w-returned")).isEqualTo(OrderReturnRefusedException.Why.RETURNED);
        assertThat(refusal(open, "  ", "w-no-note")).isEqualTo(OrderReturnRefusedException.Why.NO_NOTE);

        Balance after = club.assertConsistent(account.getId());
        assertThat(after.getPending()).isEqualTo(before.getPending());
        assertThat(after.getAvailable()).isEqualTo(before.getAvailable());
        assertThat(returns.returnWindowEndOf(cancelled.getId())).isNull();
        assertThat(returns.returnWindowEndOf(returned.getId())).isNull();
        assertThat(returns.returnWindowEndOf(open.getId())).isNull();

        club.clock().moveBy(Duration.ofDays(15));
        assertThat(refusal(open, "Too late", "w-late")).isEqualTo(OrderReturnRefusedException.Why.WINDOW_ENDED);
    }
}
