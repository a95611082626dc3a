package io.loyaltyclub.returns.service;

import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.earning.broadleaf.OrderLines;
import io.loyaltyclub.earning.domain.Earning;
import io.loyaltyclub.earning.domain.EarningLine;
import io.loyaltyclub.earning.persistence.EarningDao;
import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import io.loyaltyclub.earning.persistence.OrderEarningState;
import io.loyaltyclub.earning.service.OrderEarningService;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.returns.domain.ReturnSettlement;
import io.loyaltyclub.returns.domain.ReturnWindow;
import io.loyaltyclub.returns.persistence.OrderReturnDao;
import io.loyaltyclub.returns.persistence.OrderReturnImpl;
import io.loyaltyclub.returns.persistence.OrderReturnLineImpl;
import io.loyaltyclub.returns.persistence.ReturnWindowEndImpl;
import io.loyaltyclub.tier.service.TierQualificationService;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyOrderReturnService")
public class OrderReturnServiceImpl implements OrderReturnService {

    @Resource(name = "loyaltyOrderReturnDao")
    protected OrderReturnDao dao;

    @Resource(name = "loyaltyEarningDao")
    protected EarningDao earnings;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyOrderEarningService")
    protected OrderEarningService orderEarnings;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService tierQualification;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards actionRewards;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    public OrderReturnImpl cancel(long orderId, String adminUser, String note, String key) {
        OrderReturnImpl cancelled = settle(orderId, null, adminUser, note, key);
        // A shared link's visitor who cancels did not buy after all: the sharer's reward goes too.
        actionRewards.revokeForOrder(orderId);
        return cancelled;
    }

    @Override
    public OrderReturnImpl returnItems(long orderId, Map<Long, Integer> quantities, String adminUser, String note,
                                       String key) {
        if (quantities == null) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.NOTHING_TO_RETURN,
                    "Give the quantity returned of at least one line.");
        }
        return settle(orderId, quantities, adminUser, note, key);
    }

    @Override
    public ReturnWindowEndImpl endReturnWindow(final long orderId, final String adminUser, String note,
                                               final String key) {
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.NO_ADMIN,
                    "Ending a return window records the admin user who did it.");
        }
        final String why = blankToNull(note);
        if (why == null || why.length() > 1000) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.NO_NOTE,
                    "Ending a return window needs a note of at most 1,000 characters saying why.");
        }
        requireKey(key, "Ending a return window");
        final ProgrammeRules rules = programmes.findProgramme().toRules();
        creditIfNotYet(orderId);
        final Long[] member = new Long[1];
        ReturnWindowEndImpl ended = transactions.run(new TransactionCallback<ReturnWindowEndImpl>() {
            @Override
            public ReturnWindowEndImpl doInTransaction(TransactionStatus status) {
                Order order = orders.findOrderById(orderId);
                if (order == null) {
                    throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.UNKNOWN_ORDER,
                            "There is no order " + orderId + ".");
                }
                LoyaltyAccount account = order.getCustomer() == null ? null
                        : memberships.findByCustomer(order.getCustomer().getId());
                if (account != null) {
                    // One decision about this member's order at a time: the checks below cannot change under it.
                    ledger.lockAccount(account.getId());
                    member[0] = account.getId();
                }
                ReturnWindowEndImpl earlier = dao.windowEndByKey(key);
                if (earlier != null) {
                    return earlier;
                }
                refuseEndingTheWindow(order, rules);
                ReturnWindowEndImpl record = new ReturnWindowEndImpl(orderId, adminUser.trim(), why, key,
                        Date.from(clock.instant()));
                OrderEarningImpl earning = account == null ? null : earnings.findForOrder(orderId);
                if (earning != null && earning.getState() == OrderEarningState.EARNED
                        && earning.getEarnEntryId() != null) {
                    record.setPointsMadeAvailable(ledger.endPendingPeriod(earning.getEarnEntryId()));
                }
                return dao.save(record);
            }
        });
        // What follows the decision in other members' accounts and in the tiers; each step changes nothing when done
        // before, so the same form sent again finishes what a failure here left undone.
        actionRewards.endPendingPeriodForOrder(orderId);
        if (member[0] != null) {
            tierQualification.review(member[0]);
        }
        return ended;
    }

    /** Why the order's return window cannot be ended now, as an exception; nothing when it can. */
    private void refuseEndingTheWindow(Order order, ProgrammeRules rules) {
        if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.NOT_PLACED,
                    "Order " + describe(order) + " is " + order.getStatus().getFriendlyType().toLowerCase()
                            + ": only a placed order's return window can be ended.");
        }
        if (!dao.returnsOf(order.getId()).isEmpty()) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.RETURNED,
                    "Lines of order " + describe(order) + " came back: its points follow the return, and its "
                            + "return window cannot be ended.");
        }
        DateTimeFormatter moment = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(rules.zone());
        ReturnWindowEndImpl before = dao.windowEndOf(order.getId());
        if (before != null) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.WINDOW_ENDED,
                    "The return window of order " + describe(order) + " was already ended by " + before.getAdminUser()
                            + " on " + moment.format(before.getEndedAt().toInstant()) + ".");
        }
        Instant planned = rules.availableAt(placedAt(order));
        if (!planned.isAfter(clock.instant())) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.WINDOW_ENDED,
                    "The return window of order " + describe(order) + " ended on " + moment.format(planned)
                            + " already.");
        }
    }

    private Instant placedAt(Order order) {
        return order.getSubmitDate() == null ? clock.instant() : order.getSubmitDate().toInstant();
    }

    @Override
    public ReturnWindowEndImpl returnWindowEndOf(final long orderId) {
        return transactions.run(new TransactionCallback<ReturnWindowEndImpl>() {
            @Override
            public ReturnWindowEndImpl doInTransaction(TransactionStatus status) {
                return dao.windowEndOf(orderId);
            }
        });
    }

    @Override
    public Instant pendingPeriodEnd(long orderId, Instant planned) {
        ReturnWindowEndImpl ended = returnWindowEndOf(orderId);
        return ReturnWindow.pendingUntil(planned, ended == null ? null : ended.getEndedAt().toInstant());
    }

    @Override
    public List<OrderReturnImpl> returnsOf(final long orderId) {
        return transactions.run(new TransactionCallback<List<OrderReturnImpl>>() {
            @Override
            public List<OrderReturnImpl> doInTransaction(TransactionStatus status) {
                return dao.returnsOf(orderId);
            }
        });
    }

    @Override
    public Map<Long, Integer> returnedQuantities(long orderId) {
        return sumOf(returnsOf(orderId));
    }

    /** A cancellation ({@code quantities} null) or a return, in one transaction under the member's lock. */
    private OrderReturnImpl settle(final long orderId, final Map<Long, Integer> quantities, final String adminUser,
                                   final String note, final String key) {
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.NO_ADMIN,
                    "A cancellation or return records the admin user who made it.");
        }
        requireKey(key, "A cancellation or return");
        creditIfNotYet(orderId);
        final Long[] member = new Long[1];
        OrderReturnImpl settled = transactions.run(new TransactionCallback<OrderReturnImpl>() {
            @Override
            public OrderReturnImpl doInTransaction(TransactionStatus status) {
                OrderReturnImpl earlier = dao.findByKey(key);
                if (earlier != null) {
                    return earlier;
                }
                Order order = orders.findOrderById(orderId);
                if (order == null) {
                    throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.UNKNOWN_ORDER,
                            "There is no order " + orderId + ".");
                }
                if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
                    throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.NOT_PLACED,
                            "Order " + describe(order) + " is " + order.getStatus().getFriendlyType().toLowerCase()
                                    + ": only placed orders can be cancelled or returned.");
                }
                LoyaltyAccount account = order.getCustomer() == null ? null
                        : memberships.findByCustomer(order.getCustomer().getId());
                if (account != null) {
                    ledger.lockAccount(account.getId());
                    member[0] = account.getId();
                }
                return settleLocked(order, account, quantities, adminUser.trim(), blankToNull(note), key);
            }
        });
        if (member[0] != null) {
            // What the member earned or spent just went down: the tier may follow (downgrades wait for the period).
            tierQualification.reviewAfterReturn(member[0]);
        }
        return settled;
    }

    /**
     * A placed order whose points are not credited yet (a moment after its checkout, when the worker has not run, or
     * after a crash, before the catch-up job) earns them first: the return then takes back from what the order
     * earned, instead of the order earning in full afterwards. Crediting is idempotent per order.
     */
    private void creditIfNotYet(long orderId) {
        if (orderEarnings.findForOrder(orderId) != null) {
            return;
        }
        Order order = orders.findOrderById(orderId);
        if (order != null && OrderStatus.SUBMITTED.equals(order.getStatus())) {
            orderEarnings.earnFor(order);
        }
    }

    private OrderReturnImpl settleLocked(Order order, LoyaltyAccount account, Map<Long, Integer> quantities,
                                         String adminUser, String note, String key) {
        long orderId = order.getId();
        Map<Long, BigDecimal> amounts = new LinkedHashMap<Long, BigDecimal>();
        Map<Long, Integer> ordered = new LinkedHashMap<Long, Integer>();
        for (EarningLine line : OrderLines.of(order)) {
            amounts.put(line.getLineId(), line.getAmount());
            ordered.put(line.getLineId(), line.getQuantity());
        }
        List<OrderReturnImpl> before = dao.returnsOf(orderId);
        Map<Long, Integer> returnedBefore = sumOf(before);
        Map<Long, Integer> thisTime = quantities == null ? remaining(ordered, returnedBefore)
                : checked(order, quantities, ordered, returnedBefore);
        Map<Long, Integer> returnedAfter = new HashMap<Long, Integer>(returnedBefore);
        for (Map.Entry<Long, Integer> line : thisTime.entrySet()) {
            Integer already = returnedAfter.get(line.getKey());
            returnedAfter.put(line.getKey(), (already == null ? 0 : already) + line.getValue());
        }

        long takenBack = 0;
        long givenBack = 0;
        if (account != null) {
            long takenBefore = 0;
            long givenBefore = 0;
            for (OrderReturnImpl r : before) {
                takenBefore += r.getPointsTakenBack();
                givenBefore += r.getPointsGivenBack();
            }
            OrderEarningImpl earning = earnings.findForOrder(orderId);
            boolean earned = earning != null && earning.getState() == OrderEarningState.EARNED
                    && earning.getEarnEntryId() != null;
            Map<Long, Long> restorable = restorableSpendings(orderId);
            long paid = givenBefore;
            for (Long left : restorable.values()) {
                paid += left;
            }
            ReturnSettlement settlement = ReturnSettlement.of(
                    earned ? earning.domainLines() : Collections.<Earning.Line>emptyList(),
                    earned ? earning.getPoints() : 0, takenBefore, paid, givenBefore, amounts, ordered, returnedAfter);
            EntryReason reason = quantities == null ? EntryReason.ORDER_CANCELLED : EntryReason.ORDER_RETURNED;
            EntrySource source = EntrySource.order(reason, orderId, order.getOrderNumber());
            // Give back first: the points taken back below can then come from them instead of becoming a debt.
            givenBack = giveBack(restorable, settlement.getPointsToGiveBack(), source, key);
            // Points of the earning that expired unspent are gone already: they are not taken back again.
            long takeBack = settlement.getPointsToTakeBack() == 0 ? 0
                    : Math.min(settlement.getPointsToTakeBack(), ledger.reversiblePoints(earning.getEarnEntryId()));
            if (takeBack > 0) {
                ledger.reverseEarn(earning.getEarnEntryId(), takeBack, source, key + ":take-back");
                takenBack = takeBack;
            }
        }

        OrderReturnImpl record = new OrderReturnImpl(orderId,
                quantities == null ? OrderReturnImpl.Kind.CANCELLATION : OrderReturnImpl.Kind.RETURN,
                adminUser, note, key, Date.from(clock.instant()), takenBack, givenBack);
        for (Map.Entry<Long, Integer> line : thisTime.entrySet()) {
            record.addLine(line.getKey(), line.getValue());
        }
        dao.save(record);
        if (quantities == null) {
            order.setStatus(OrderStatus.CANCELLED);
            try {
                orders.save(order, false);
            } catch (PricingException e) {
                throw new IllegalStateException("Order " + orderId + " could not be marked cancelled", e);
            }
        }
        return record;
    }

    /** The order's spendings (points that paid for it) with what can still be given back of each, oldest first. */
    private Map<Long, Long> restorableSpendings(long orderId) {
        Map<Long, Long> restorable = new LinkedHashMap<Long, Long>();
        List<LedgerEntry> entries = ledger.entriesOfOrder(orderId);
        for (LedgerEntry entry : entries) {
            if (entry.getType() == EntryType.REDEEM) {
                restorable.put(entry.getId(), -entry.getPoints());
            }
        }
        for (LedgerEntry entry : entries) {
            if (entry.getType() == EntryType.RESTORE_REDEEM && restorable.containsKey(entry.getRelatedEntryId())) {
                restorable.put(entry.getRelatedEntryId(), restorable.get(entry.getRelatedEntryId()) - entry.getPoints());
            }
        }
        return restorable;
    }

    private long giveBack(Map<Long, Long> restorable, long points, EntrySource source, String key) {
        long left = points;
        for (Map.Entry<Long, Long> spending : restorable.entrySet()) {
            long back = Math.min(left, spending.getValue());
            if (back > 0) {
                ledger.restore(spending.getKey(), back, source, key + ":give-back:" + spending.getKey());
                left -= back;
            }
        }
        return points - left;
    }

    private static Map<Long, Integer> checked(Order order, Map<Long, Integer> quantities, Map<Long, Integer> ordered,
                                              Map<Long, Integer> returnedBefore) {
        Map<Long, Integer> wanted = new LinkedHashMap<Long, Integer>();
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            int quantity = line.getValue() == null ? 0 : line.getValue();
            if (quantity < 0) {
                throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.TOO_MANY,
                        "A quantity returned cannot be negative.");
            }
            if (quantity == 0) {
                continue;
            }
            if (!ordered.containsKey(line.getKey())) {
                throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.UNKNOWN_LINE,
                        "Line " + line.getKey() + " is not a line of order " + describe(order) + ".");
            }
            Integer already = returnedBefore.get(line.getKey());
            int left = ordered.get(line.getKey()) - (already == null ? 0 : already);
            if (quantity > left) {
                throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.TOO_MANY,
                        "Only " + left + " of line " + line.getKey() + " can still be returned.");
            }
            wanted.put(line.getKey(), quantity);
        }
        if (wanted.isEmpty()) {
            throw new OrderReturnRefusedException(OrderReturnRefusedException.Why.NOTHING_TO_RETURN,
                    "Give the quantity returned of at least one line.");
        }
        return wanted;
    }

    private static Map<Long, Integer> remaining(Map<Long, Integer> ordered, Map<Long, Integer> returnedBefore) {
        Map<Long, Integer> rest = new LinkedHashMap<Long, Integer>();
        for (Map.Entry<Long, Integer> line : ordered.entrySet()) {
            Integer already = returnedBefore.get(line.getKey());
            int left = line.getValue() - (already == null ? 0 : already);
            if (left > 0) {
                rest.put(line.getKey(), left);
            }
        }
        return rest;
    }

    private static Map<Long, Integer> sumOf(List<OrderReturnImpl> returns) {
        Map<Long, Integer> sum = new HashMap<Long, Integer>();
        for (OrderReturnImpl r : returns) {
            for (OrderReturnLineImpl line : r.getLines()) {
                Integer already = sum.get(line.getOrderItemId());
                sum.put(line.getOrderItemId(), (already == null ? 0 : already) + line.getQuantity());
            }
        }
        return sum;
    }

    private static String describe(Order order) {
        return order.getOrderNumber() != null ? order.getOrderNumber() : String.valueOf(order.getId());
    }

    private static void requireKey(String key, String what) {
        if (key == null || key.trim().isEmpty() || key.length() > 150) {
            throw new IllegalArgumentException(what + " needs a key of 1 to 150 characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }
}
