package io.loyaltyclub.returns.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.returns.persistence.OrderReturnImpl;
import io.loyaltyclub.returns.persistence.ReturnWindowEndImpl;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cancellations and returns of placed orders and what they do to points, and an admin ending an order's return window
 * now, on the real Broadleaf context.
 */
class OrderReturnIT {

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
        customer = shop.customer("returner");
        account = club.join(customer);
        lamp = shop.product("Lamp", "40.00");
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    /** Places an order of {@code lamps} lamps, {@code points} of it paid with points. */
    private Order placed(int lamps, long points) throws Exception {
        return broadleaf.inSession(() -> {
            Order cart = shop.shipped(shop.cart(customer, line(lamp, lamps)));
            if (points > 0) {
                club.pointsPayments().apply(cart, customer, points);
            }
            return shop.checkout(shop.orders().findOrderById(cart.getId()));
        });
    }

    private long lineOf(Order order) {
        return broadleaf.inSession(() -> shop.orders().findOrderById(order.getId()).getOrderItems().get(0).getId());
    }

    private Map<Long, Integer> quantities(long line, int quantity) {
        Map<Long, Integer> map = new HashMap<Long, Integer>();
        map.put(line, quantity);
        return map;
    }

    private OrderReturnImpl returnItems(Order order, Map<Long, Integer> quantities, String key) {
        return broadleaf.inSession(() -> returns.returnItems(order.getId(), quantities, "admin", "Parcel came back", key));
    }

    private OrderReturnImpl cancel(Order order, String key) {
        return broadleaf.inSession(() -> returns.cancel(order.getId(), "admin", "Customer called", key));
    }

    private static String key(String what) {
        return what + ":" + System.nanoTime();
    }

    @Test
    void cancelling_takes_back_the_pending_points_gives_back_the_points_paid_and_marks_the_order_cancelled()
            throws Exception {
        club.give(account.getId(), 1000);
        Order order = placed(1, 1000);
        Balance before = club.assertConsistent(account.getId());
        assertThat(before.getAvailable()).isZero();
        assertThat(before.getPending()).as("earned on the 30.00 of merchandise paid with money").isEqualTo(30);

        OrderReturnImpl cancelled = cancel(order, key("cancel"));

        Balance after = club.assertConsistent(account.getId());
        assertThat(after.getAvailable()).isEqualTo(1000);
        assertThat(after.getPending()).isZero();
        assertThat(after.getDebt()).isZero();
        assertThat(cancelled.getKind()).isEqualTo(OrderReturnImpl.Kind.CANCELLATION);
        assertThat(cancelled.getPointsTakenBack()).isEqualTo(30);
        assertThat(cancelled.getPointsGivenBack()).isEqualTo(1000);
        assertThat(cancelled.getAdminUser()).isEqualTo("admin");
        assertThat(broadleaf.inSession(() -> shop.orders().findOrderById(order.getId()).getStatus()))
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(entries(EntryType.REVERSE_EARN).get(0).getReason()).isEqualTo(EntryReason.ORDER_CANCELLED);
        assertThatThrownBy(() -> cancel(order, key("again"))).isInstanceOf(OrderReturnRefusedException.class)
                .extracting("why").isEqualTo(OrderReturnRefusedException.Why.NOT_PLACED);
    }

    @Test
    void returning_part_of_an_order_whose_points_are_not_credited_yet_credits_them_first() throws Exception {
        Order order = placed(2, 0);
        // As if the worker had not credited the order yet (or a crash had stopped it): no earning at all.
        broadleaf.inTransaction(() -> {
            javax.persistence.EntityManager em = broadleaf.entityManager();
            em.createQuery("delete from OrderEarningLineImpl").executeUpdate();
            em.createQuery("delete from OrderEarningImpl e where e.orderId = :order").setParameter("order", order.getId())
                    .executeUpdate();
            em.createQuery("delete from PointsLotImpl l where l.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            em.createQuery("delete from PointsDueImpl d where d.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            em.createQuery("delete from PointsBalanceImpl b where b.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            em.createQuery("delete from LedgerEntryImpl e where e.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            return null;
        });

        OrderReturnImpl returned = returnItems(order, quantities(lineOf(order), 1), key("return"));

        assertThat(returned.getPointsTakenBack()).as("half of the 80 points the order earned").isEqualTo(40);
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(40);
        assertThat(broadleaf.inSession(() -> club.earnings().earnMissed(Instant.now().minus(Duration.ofHours(1)), 100)))
                .as("the order is not credited again later").isZero();
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(40);
    }

    @Test
    void a_partial_return_takes_back_only_the_returned_items_points_and_their_share_of_the_points_paid()
            throws Exception {
        club.give(account.getId(), 2000);
        Order order = placed(3, 2000);
        assertThat(club.assertConsistent(account.getId()).getPending()).as("120.00 - 20.00 paid with points").isEqualTo(100);
        long line = lineOf(order);

        OrderReturnImpl one = returnItems(order, quantities(line, 1), key("return-1"));

        assertThat(one.getPointsTakenBack()).as("a third of the earning, rounded so the kept part is whole").isEqualTo(34);
        assertThat(one.getPointsGivenBack()).as("a third of 2000, rounded down").isEqualTo(666);
        Balance after = club.assertConsistent(account.getId());
        assertThat(after.getPending()).isEqualTo(66);
        assertThat(after.getAvailable()).isEqualTo(666);

        OrderReturnImpl rest = returnItems(order, quantities(line, 2), key("return-2"));
        assertThat(rest.getPointsTakenBack()).isEqualTo(66);
        assertThat(rest.getPointsGivenBack()).isEqualTo(1334);
        assertThat(club.assertConsistent(account.getId()).getAvailable()).isEqualTo(2000);
        assertThat(returns.returnedQuantities(order.getId())).containsEntry(line, 3);
        assertThat(broadleaf.inSession(() -> shop.orders().findOrderById(order.getId()).getStatus()))
                .as("a return is no cancellation").isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void taking_back_points_already_spent_leaves_a_debt_that_the_next_points_pay() throws Exception {
        club.configure(p -> p.setPendingDays(0));
        Order order = placed(5, 0);
        assertThat(club.assertConsistent(account.getId()).getAvailable()).isEqualTo(200);
        club.ledger().redeem(account.getId(), 150, EntrySource.of(EntryReason.ORDER_PAYMENT), key("spent"));

        cancel(order, key("cancel"));

        Balance owing = club.assertConsistent(account.getId());
        assertThat(owing.getAvailable()).isZero();
        assertThat(owing.getDebt()).isEqualTo(150);
        club.give(account.getId(), 200);
        Balance paid = club.assertConsistent(account.getId());
        assertThat(paid.getDebt()).isZero();
        assertThat(paid.getAvailable()).isEqualTo(50);
    }

    @Test
    void a_double_submitted_return_records_once_and_changes_the_points_once() throws Exception {
        Order order = placed(2, 0);
        long line = lineOf(order);
        String formKey = key("form");

        OrderReturnImpl first = returnItems(order, quantities(line, 1), formKey);
        OrderReturnImpl second = returnItems(order, quantities(line, 1), formKey);

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(returns.returnsOf(order.getId())).hasSize(1);
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(40);
    }

    @Test
    void returning_more_than_was_ordered_or_a_line_of_another_order_is_refused_and_changes_nothing() throws Exception {
        Order order = placed(2, 0);
        Order other = placed(1, 0);
        long line = lineOf(order);

        assertRefused(order, quantities(line, 3), OrderReturnRefusedException.Why.TOO_MANY);
        assertRefused(order, quantities(lineOf(other), 1), OrderReturnRefusedException.Why.UNKNOWN_LINE);
        assertRefused(order, quantities(line, 0), OrderReturnRefusedException.Why.NOTHING_TO_RETURN);
        assertRefused(order, Collections.<Long, Integer>emptyMap(), OrderReturnRefusedException.Why.NOTHING_TO_RETURN);
        returnItems(order, quantities(line, 2), key("all"));
        assertRefused(order, quantities(line, 1), OrderReturnRefusedException.Why.TOO_MANY);

        assertThat(returns.returnsOf(order.getId())).hasSize(1);
        assertThat(club.assertConsistent(account.getId()).getPending()).as("only the other order's").isEqualTo(40);
    }

    private void assertRefused(Order order, Map<Long, Integer> quantities, OrderReturnRefusedException.Why why) {
        assertThatThrownBy(() -> returnItems(order, quantities, key("refused")))
                .isInstanceOf(OrderReturnRefusedException.class).extracting("why").isEqualTo(why);
    }

    @Test
    void points_given_back_after_their_expiry_get_the_grace_period() throws Exception {
        club.configure(p -> {
            p.setExpiryMonths(1);
            p.setRestoreGraceDays(30);
        });
        club.give(account.getId(), 1000);
        Order order = placed(1, 1000);
        club.clock().moveBy(Duration.ofDays(40));

        cancel(order, key("late-cancel"));

        LedgerEntry restored = entries(EntryType.RESTORE_REDEEM).get(0);
        assertThat(restored.getPoints()).isEqualTo(1000);
        Instant graceEnd = restored.getExpiresAt().toInstant();
        assertThat(graceEnd).isAfter(club.clock().instant().plus(Duration.ofDays(29)))
                .isBefore(club.clock().instant().plus(Duration.ofDays(32)));
        assertThat(club.assertConsistent(account.getId()).getAvailable())
                .as("the order's own points had expired unspent: they are not taken back a second time").isEqualTo(1000);
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

    /** Places an order of {@code lamps} lamps paid with money, its points credited. */
    private Order placedAndCredited(int lamps) throws Exception {
        Order order = placed(lamps, 0);
        broadleaf.awaitLoyaltyWorkers();
        return order;
    }

    /** An admin ends the order's return window now. */
    private ReturnWindowEndImpl end(Order order, String key) {
        return broadleaf.inSession(() -> returns.endReturnWindow(order.getId(), "maria", "Delivered, sealed goods",
                key));
    }

    private OrderReturnRefusedException.Why refusal(Order order, String note, String key) {
        return catchThrowableOfType(() -> broadleaf.inSession(() -> returns.endReturnWindow(order.getId(), "maria",
                note, key)), OrderReturnRefusedException.class).getWhy();
    }

    @Test
    void ending_the_return_window_makes_the_orders_pending_points_available_at_once_and_only_once()
            throws Exception {
        Order order = placedAndCredited(2);
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
    void an_order_whose_return_window_an_admin_ended_counts_toward_tiers_at_once_by_points_and_by_money()
            throws Exception {
        club.qualifyingTier("W_SILVER", 41, 70L, null, 0);
        Order byPoints = placedAndCredited(2);
        club.tierQualification().review(account.getId());
        assertThat(club.tierCodeOf(account.getId())).as("80 points still pending").isNull();

        end(byPoints, "window-tier-points");
        assertThat(club.tierCodeOf(account.getId())).isEqualTo("W_SILVER");

        club.configure(p -> p.setTierBasis("MONEY_SPENT"));
        club.qualifyingTier("W_SILVER", 41, null, "100.00", 0);
        Order byMoney = placedAndCredited(2);
        club.tierQualification().review(account.getId());
        assertThat(club.tierQualification().progress(account.getId()).getMeasure().getAmountSpent())
                .as("the first order's 80.00; the second is pending").isEqualByComparingTo("80.00");

        end(byMoney, "window-tier-money");
        assertThat(club.tierQualification().progress(account.getId()).getMeasure().getAmountSpent())
                .isEqualByComparingTo("160.00");
        assertThat(club.tierCodeOf(account.getId())).isEqualTo("W_SILVER");
    }

    @Test
    void the_return_window_of_a_cancelled_or_returned_order_without_a_note_or_over_already_is_not_ended()
            throws Exception {
        Order cancelled = placedAndCredited(1);
        returns.cancel(cancelled.getId(), "maria", "Cancelled", "cancel-" + cancelled.getId());
        Order returned = placedAndCredited(2);
        long line = broadleaf.inSession(() -> shop.orders().findOrderById(returned.getId()).getOrderItems().get(0)
                .getId());
        broadleaf.inSession(() -> returns.returnItems(returned.getId(), Collections.singletonMap(line, 1), "maria",
                "One came back", "return-" + returned.getId()));
        Order open = placedAndCredited(1);
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
