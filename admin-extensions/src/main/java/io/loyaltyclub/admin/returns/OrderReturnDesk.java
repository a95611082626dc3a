package io.loyaltyclub.admin.returns;

import io.loyaltyclub.admin.member.MemberPanelReader;
import io.loyaltyclub.admin.member.StoreTime;
import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.returns.persistence.OrderReturnImpl;
import io.loyaltyclub.returns.persistence.OrderReturnLineImpl;
import io.loyaltyclub.returns.persistence.ReturnWindowEndImpl;
import io.loyaltyclub.returns.service.OrderReturnRefusedException;
import io.loyaltyclub.returns.service.OrderReturnService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/**
 * The admin's side of cancellations and returns (Customer Care &gt; Orders &gt; an order &gt; Cancel / return):
 * reads an order's returns page and records what the admin's forms ask for through the club's
 * {@link OrderReturnService}, with the form's one-time token as idempotency key. A form sent again reports what
 * was recorded the first time; a page read before someone else recorded an action, and bad input, change nothing.
 */
@Service("loyaltyOrderReturnDesk")
public class OrderReturnDesk {

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "loyaltyOrderReturnService")
    protected OrderReturnService returns;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    /** The order's returns page, or null when there is no such order. */
    public OrderReturnsPage read(long orderId) {
        Order order = orders.findOrderById(orderId);
        if (order == null) {
            return null;
        }
        ProgrammeRules rules = programmes.findProgramme().toRules();
        StoreTime time = new StoreTime(rules.zone());
        List<OrderReturnImpl> done = returns.returnsOf(orderId);
        Map<Long, Integer> returned = sum(done);
        Map<Long, String> names = new HashMap<Long, String>();
        List<OrderLineRow> lines = new ArrayList<OrderLineRow>();
        for (OrderItem item : order.getOrderItems()) {
            Integer back = returned.get(item.getId());
            String name = item.getName() == null ? "Line " + item.getId() : item.getName();
            names.put(item.getId(), name);
            lines.add(new OrderLineRow(item.getId(), name, item.getQuantity(), back == null ? 0 : back,
                    item.getTotalPrice() == null ? null : item.getTotalPrice().toString()));
        }
        List<ReturnHistoryRow> history = new ArrayList<ReturnHistoryRow>();
        for (OrderReturnImpl r : done) {
            List<String> what = new ArrayList<String>();
            for (OrderReturnLineImpl line : r.getLines()) {
                String name = names.get(line.getOrderItemId());
                what.add(line.getQuantity() + " \u00d7 " + (name == null ? "line " + line.getOrderItemId() : name));
            }
            history.add(new ReturnHistoryRow(time.moment(r.getCreatedAt()), r.getKind().name(), r.getAdminUser(),
                    r.getNote(), what, r.getPointsTakenBack(), r.getPointsGivenBack()));
        }
        Customer customer = order.getCustomer();
        LoyaltyAccount account = customer == null ? null : memberships.findByCustomer(customer.getId());
        Balance balance = account == null ? null : ledger.balance(account.getId());
        String number = order.getOrderNumber() != null ? order.getOrderNumber() : String.valueOf(order.getId());
        Instant windowEnds = rules.availableAt(order.getSubmitDate() == null ? clock.instant()
                : order.getSubmitDate().toInstant());
        ReturnWindowEndImpl ended = returns.returnWindowEndOf(orderId);
        return new OrderReturnsPage(order.getId(), number, order.getStatus() == null ? null : order.getStatus().getType(),
                OrderStatus.SUBMITTED.equals(order.getStatus()), customer == null ? null : customer.getId(),
                customer == null ? null : MemberPanelReader.nameOf(customer), account != null, balance, lines, history,
                time.getZone().getId(), windowEnds.isAfter(clock.instant()) ? time.moment(windowEnds) : null,
                ended == null ? null : new ReturnWindowRow(time.moment(ended.getEndedAt()), ended.getAdminUser(),
                        ended.getNote(), ended.getPointsMadeAvailable()));
    }

    /** Cancels the order as the form asks; {@code page} is the order's page as read for this request. */
    public ReturnOutcome cancel(OrderReturnsPage page, OrderReturnForm form, String adminUser) {
        Map<String, String> problems = form.cancellationProblems();
        ReturnOutcome early = early(page, form, problems, OrderReturnImpl.Kind.CANCELLATION);
        if (early != null) {
            return early;
        }
        return record(page, form, null, adminUser);
    }

    /** Records the return the form asks for; {@code page} is the order's page as read for this request. */
    public ReturnOutcome returnLines(OrderReturnsPage page, OrderReturnForm form, String adminUser) {
        Map<String, String> problems = form.returnProblems(page.getLines());
        ReturnOutcome early = early(page, form, problems, OrderReturnImpl.Kind.RETURN);
        if (early != null) {
            return early;
        }
        return record(page, form, form.quantitiesValue(), adminUser);
    }

    /**
     * Ends the order's return window now as the form asks (its note says why); {@code page} is the order's page as
     * read for this request. The same form sent again says so (and finishes what a failure after the decision left).
     */
    public ReturnOutcome endReturnWindow(OrderReturnsPage page, OrderReturnForm form, String adminUser) {
        Map<String, String> problems = form.windowEndProblems();
        if (!problems.containsKey(OrderReturnForm.FORM)) {
            ReturnWindowEndImpl earlier = returns.returnWindowEndOf(page.getOrderId());
            if (earlier != null && earlier.getIdempotencyKey().equals(form.windowEndKey())) {
                returns.endReturnWindow(page.getOrderId(), adminUser, earlier.getNote(), form.windowEndKey());
                return ReturnOutcome.windowEndReplayed(earlier);
            }
        }
        ReturnOutcome refused = refusedOnThePage(page, form, problems);
        if (refused != null) {
            return refused;
        }
        ReturnWindowEndImpl ended;
        try {
            ended = returns.endReturnWindow(page.getOrderId(), adminUser, form.trimmedNote(), form.windowEndKey());
        } catch (OrderReturnRefusedException e) {
            return ReturnOutcome.refused(e.getMessage());
        } catch (RuntimeException e) {
            // Two forms for one order at once: the other request recorded the decision (the order is unique).
            ReturnWindowEndImpl other = returns.returnWindowEndOf(page.getOrderId());
            if (other != null) {
                return other.getIdempotencyKey().equals(form.windowEndKey()) ? ReturnOutcome.windowEndReplayed(other)
                        : ReturnOutcome.refused("the return window of order " + page.getOrderNumber()
                        + " was ended by " + other.getAdminUser() + " a moment ago.");
            }
            throw e;
        }
        LoyaltyAccount account = page.getCustomerId() == null ? null : memberships.findByCustomer(page.getCustomerId());
        return ReturnOutcome.windowEnded(ended, account == null ? null : ledger.balance(account.getId()));
    }

    /** The outcome without asking the service: a repeat of a recorded form, a stale page or a form with problems. */
    private ReturnOutcome early(OrderReturnsPage page, OrderReturnForm form, Map<String, String> problems,
                                OrderReturnImpl.Kind kind) {
        if (!problems.containsKey(OrderReturnForm.FORM)) {
            OrderReturnImpl earlier = recordedBy(page.getOrderId(), form.idempotencyKey());
            if (earlier != null) {
                return earlier.getKind() == kind ? ReturnOutcome.replayed(earlier)
                        : ReturnOutcome.refused("this form was already used for a different action. Use the form "
                        + "below.");
            }
        }
        return refusedOnThePage(page, form, problems);
    }

    /** A form refused by what the page shows: an order not placed, the form's problems, a page out of date. */
    private static ReturnOutcome refusedOnThePage(OrderReturnsPage page, OrderReturnForm form,
                                                  Map<String, String> problems) {
        if (!page.isPlaced()) {
            return ReturnOutcome.refused(notPlaced(page));
        }
        if (!problems.isEmpty()) {
            return ReturnOutcome.refused(problems);
        }
        if (form.seenActionsValue() != page.getActions()) {
            return ReturnOutcome.stale();
        }
        return null;
    }

    private ReturnOutcome record(OrderReturnsPage page, OrderReturnForm form, Map<Long, Integer> quantities,
                                 String adminUser) {
        String key = form.idempotencyKey();
        OrderReturnImpl record;
        try {
            record = quantities == null
                    ? returns.cancel(page.getOrderId(), adminUser, form.trimmedNote(), key)
                    : returns.returnItems(page.getOrderId(), quantities, adminUser, form.trimmedNote(), key);
        } catch (OrderReturnRefusedException e) {
            return ReturnOutcome.refused(e.getMessage());
        } catch (RuntimeException e) {
            // The same form sent twice at once: the other request recorded it (the key is unique).
            OrderReturnImpl earlier = recordedBy(page.getOrderId(), key);
            if (earlier != null) {
                return ReturnOutcome.replayed(earlier);
            }
            throw e;
        }
        LoyaltyAccount account = page.getCustomerId() == null ? null : memberships.findByCustomer(page.getCustomerId());
        return ReturnOutcome.recorded(record, account == null ? null : ledger.balance(account.getId()));
    }

    private OrderReturnImpl recordedBy(long orderId, String key) {
        for (OrderReturnImpl r : returns.returnsOf(orderId)) {
            if (key.equals(r.getIdempotencyKey())) {
                return r;
            }
        }
        return null;
    }

    static String notPlaced(OrderReturnsPage page) {
        if (OrderStatus.CANCELLED.getType().equals(page.getStatus())) {
            return "order " + page.getOrderNumber() + " is cancelled already.";
        }
        return "order " + page.getOrderNumber() + " is not a placed order (its status is " + page.getStatus()
                + "), so it cannot be cancelled or returned.";
    }

    private static Map<Long, Integer> sum(List<OrderReturnImpl> done) {
        Map<Long, Integer> sum = new HashMap<Long, Integer>();
        for (OrderReturnImpl r : done) {
            for (OrderReturnLineImpl line : r.getLines()) {
                Integer before = sum.get(line.getOrderItemId());
                sum.put(line.getOrderItemId(), (before == null ? 0 : before) + line.getQuantity());
            }
        }
        return sum;
    }
}
