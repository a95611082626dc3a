package io.loyaltyclub.admin.returns;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.returns.service.OrderReturnService;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


/** The admin's returns page of an order on the real Broadleaf context: what it reads and what its forms record. */
class OrderReturnDeskIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final OrderReturnDesk desk = new OrderReturnDesk();
    private Customer customer;
    private LoyaltyAccount account;
    private Order order;

    @BeforeEach
    void aMemberWithAPlacedOrderOfThreeLamps() throws Exception {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        desk.orders = broadleaf.bean("blOrderService", OrderService.class);
        desk.returns = broadleaf.bean("loyaltyOrderReturnService", OrderReturnService.class);
        desk.memberships = broadleaf.bean("loyaltyMembershipService", MembershipService.class);
        desk.ledger = broadleaf.bean("loyaltyLedgerService", LoyaltyLedgerService.class);
        desk.programmes = broadleaf.bean("loyaltyProgramService", LoyaltyProgramService.class);
        desk.clock = club.clock();
        customer = shop.customer("desk");
        account = club.join(customer);
        Product lamp = shop.product("Desk lamp", "40.00");
        order = broadleaf.inSession(() -> shop.checkout(shop.orders().findOrderById(
                shop.shipped(shop.cart(customer, line(lamp, 3))).getId())));
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private OrderReturnsPage page() {
        return broadleaf.inSession(() -> desk.read(order.getId()));
    }

    private OrderReturnForm returnForm(OrderReturnsPage page, int units) {
        OrderReturnForm form = OrderReturnForm.blank(page.getActions());
        form.setQuantity(page.getLines().get(0).getItemId(), String.valueOf(units));
        return form;
    }

    @Test
    void a_return_of_one_unit_takes_back_a_third_of_the_points_and_shows_in_the_lines_and_history() {
        OrderReturnsPage before = page();
        assertThat(before.isPlaced()).isTrue();
        assertThat(before.isMember()).isTrue();
        assertThat(before.getLines()).hasSize(1);
        assertThat(before.getLines().get(0).getLeft()).isEqualTo(3);
        long pending = before.getBalance().getPending();
        assertThat(pending).isEqualTo(120);

        ReturnOutcome outcome = broadleaf.inSession(() -> desk.returnLines(before, returnForm(before, 1), "maria"));

        assertThat(outcome.getKind()).isEqualTo(ReturnOutcome.Kind.RECORDED);
        assertThat(outcome.message()).isEqualTo("The return is recorded. 40 earned points were taken back.");
        OrderReturnsPage after = page();
        assertThat(after.getLines().get(0).getReturned()).isEqualTo(1);
        assertThat(after.getLines().get(0).getLeft()).isEqualTo(2);
        assertThat(after.getHistory()).hasSize(1);
        assertThat(after.getHistory().get(0).getLines()).containsExactly("1 \u00d7 Desk lamp");
        assertThat(after.getHistory().get(0).getAdminUser()).isEqualTo("maria");
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(80);
    }

    @Test
    void the_same_form_twice_records_once_and_a_page_read_before_it_changes_nothing() {
        OrderReturnsPage page = page();
        OrderReturnForm form = returnForm(page, 1);
        OrderReturnForm other = returnForm(page, 1);

        broadleaf.inSession(() -> desk.returnLines(page, form, "maria"));
        ReturnOutcome again = broadleaf.inSession(() -> desk.returnLines(page(), form, "maria"));
        ReturnOutcome stale = broadleaf.inSession(() -> desk.returnLines(page(), other, "maria"));

        assertThat(again.getKind()).isEqualTo(ReturnOutcome.Kind.REPLAYED);
        assertThat(stale.getKind()).isEqualTo(ReturnOutcome.Kind.STALE);
        assertThat(page().getHistory()).hasSize(1);
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(80);
    }

    @Test
    void too_many_units_are_refused_and_cancelling_takes_the_rest_then_nothing_more_can_be_done() {
        OrderReturnsPage page = page();
        ReturnOutcome tooMany = broadleaf.inSession(() -> desk.returnLines(page, returnForm(page, 4), "maria"));
        assertThat(tooMany.getKind()).isEqualTo(ReturnOutcome.Kind.REFUSED);
        assertThat(tooMany.getProblems().values()).containsExactly(
                "Only 3 of Desk lamp can still be returned (3 ordered, 0 returned before).");
        broadleaf.inSession(() -> desk.returnLines(page, returnForm(page, 1), "maria"));

        OrderReturnsPage afterReturn = page();
        ReturnOutcome cancelled = broadleaf.inSession(() ->
                desk.cancel(afterReturn, OrderReturnForm.blank(afterReturn.getActions()), "maria"));

        assertThat(cancelled.getKind()).isEqualTo(ReturnOutcome.Kind.RECORDED);
        assertThat(cancelled.message()).isEqualTo("The order is cancelled. 80 earned points were taken back.");
        OrderReturnsPage done = page();
        assertThat(done.isPlaced()).isFalse();
        assertThat(done.getStatus()).isEqualTo("CANCELLED");
        assertThat(done.getLines().get(0).getLeft()).isZero();
        assertThat(club.assertConsistent(account.getId()).getPending()).isZero();
        ReturnOutcome again = broadleaf.inSession(() -> desk.cancel(done, OrderReturnForm.blank(done.getActions()), "maria"));
        assertThat(again.message()).isEqualTo("Nothing was changed: order " + done.getOrderNumber()
                + " is cancelled already.");
        assertThat(page().getHistory()).hasSize(2);
    }

    @Test
    void points_spent_before_a_cancellation_become_a_debt_that_the_message_names() {
        club.configure(p -> p.setPendingDays(0));
        Product mug = shop.product("Mug", "10.00");
        Order instant = broadleaf.inSession(() -> shop.checkout(shop.orders().findOrderById(
                shop.shipped(shop.cart(customer, line(mug, 5))).getId())));
        club.ledger().redeem(account.getId(), 30,
                io.loyaltyclub.ledger.service.EntrySource.of(io.loyaltyclub.ledger.domain.EntryReason.ORDER_PAYMENT),
                "spent:" + System.nanoTime());
        OrderReturnsPage page = broadleaf.inSession(() -> desk.read(instant.getId()));

        ReturnOutcome cancelled = broadleaf.inSession(() ->
                desk.cancel(page, OrderReturnForm.blank(page.getActions()), "maria"));

        assertThat(cancelled.message()).contains("50 earned points were taken back.")
                .contains("The member now owes 30 points (debt)");
    }

    private OrderReturnForm windowForm(OrderReturnsPage page, String note) {
        OrderReturnForm form = OrderReturnForm.blank(page.getActions());
        form.setNote(note);
        return form;
    }

    @Test
    void ending_the_return_window_needs_a_note_makes_the_points_available_once_and_says_so_the_second_time() {
        OrderReturnsPage open = page();
        assertThat(open.isWindowEndable()).isTrue();
        assertThat(open.getWindowOpenUntil()).isNotNull();

        ReturnOutcome noNote = broadleaf.inSession(() -> desk.endReturnWindow(open, windowForm(open, " "), "maria"));
        assertThat(noNote.getKind()).isEqualTo(ReturnOutcome.Kind.REFUSED);
        assertThat(noNote.getProblems()).containsKey(OrderReturnForm.NOTE);
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(120);

        OrderReturnForm form = windowForm(open, "Delivered, sealed candles cannot come back");
        ReturnOutcome ended = broadleaf.inSession(() -> desk.endReturnWindow(open, form, "maria"));

        assertThat(ended.getKind()).isEqualTo(ReturnOutcome.Kind.RECORDED);
        assertThat(ended.message()).isEqualTo("The return window is ended: the order counts as past its pending period "
                + "from now on (a referral's reward follows at the referral job's next run). 120 pending points became "
                + "available.");
        assertThat(club.assertConsistent(account.getId()).getAvailable()).isEqualTo(120);
        OrderReturnsPage after = page();
        assertThat(after.isWindowEndable()).isFalse();
        assertThat(after.getWindowOpenUntil()).isNull();
        assertThat(after.getWindowEnd().getAdminUser()).isEqualTo("maria");
        assertThat(after.getWindowEnd().getNote()).isEqualTo("Delivered, sealed candles cannot come back");
        assertThat(after.getWindowEnd().getPointsMadeAvailable()).isEqualTo(120);

        ReturnOutcome again = broadleaf.inSession(() -> desk.endReturnWindow(page(), form, "maria"));
        assertThat(again.getKind()).isEqualTo(ReturnOutcome.Kind.REPLAYED);
        ReturnOutcome other = broadleaf.inSession(() -> desk.endReturnWindow(after, windowForm(after, "Again"),
                "tom"));
        assertThat(other.getKind()).isEqualTo(ReturnOutcome.Kind.REFUSED);
        assertThat(other.message()).startsWith("Nothing was changed: The return window of order "
                + after.getOrderNumber() + " was already ended by maria on ");
        assertThat(club.assertConsistent(account.getId()).getAvailable()).isEqualTo(120);
    }

    @Test
    void the_return_window_of_a_cancelled_or_returned_order_cannot_be_ended() {
        OrderReturnsPage page = page();
        broadleaf.inSession(() -> desk.returnLines(page, returnForm(page, 1), "maria"));
        OrderReturnsPage returned = page();
        assertThat(returned.isWindowEndable()).isFalse();
        ReturnOutcome refused = broadleaf.inSession(() -> desk.endReturnWindow(returned,
                windowForm(returned, "Final"), "maria"));
        assertThat(refused.message()).isEqualTo("Nothing was changed: Lines of order " + returned.getOrderNumber()
                + " came back: its points follow the return, and its return window cannot be ended.");

        broadleaf.inSession(() -> desk.cancel(returned, OrderReturnForm.blank(returned.getActions()), "maria"));
        OrderReturnsPage cancelled = page();
        ReturnOutcome refusedAgain = broadleaf.inSession(() -> desk.endReturnWindow(cancelled,
                windowForm(cancelled, "Final"), "maria"));
        assertThat(refusedAgain.message()).isEqualTo("Nothing was changed: order " + cancelled.getOrderNumber()
                + " is cancelled already.");
        assertThat(page().getWindowEnd()).isNull();
    }
}
