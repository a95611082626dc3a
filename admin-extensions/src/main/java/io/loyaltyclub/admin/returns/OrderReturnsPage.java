package io.loyaltyclub.admin.returns;

import io.loyaltyclub.ledger.domain.Balance;

import java.util.List;

/** What an order's returns page shows: the order, its lines, the customer's points and what was done before. */
public final class OrderReturnsPage {

    private final long orderId;
    private final String orderNumber;
    private final String status;
    private final boolean placed;
    private final Long customerId;
    private final String customerName;
    private final boolean member;
    private final Balance balance;
    private final List<OrderLineRow> lines;
    private final List<ReturnHistoryRow> history;
    private final String zone;
    private final String windowOpenUntil;
    private final ReturnWindowRow windowEnd;

    /**
     * @param windowOpenUntil when the order's return window ends by itself (store time), null when it has
     * @param windowEnd       an admin's end of the window, or null
     */
    public OrderReturnsPage(long orderId, String orderNumber, String status, boolean placed, Long customerId,
                            String customerName, boolean member, Balance balance, List<OrderLineRow> lines,
                            List<ReturnHistoryRow> history, String zone, String windowOpenUntil,
                            ReturnWindowRow windowEnd) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.status = status;
        this.placed = placed;
        this.customerId = customerId;
        this.customerName = customerName;
        this.member = member;
        this.balance = balance;
        this.lines = lines;
        this.history = history;
        this.zone = zone;
        this.windowOpenUntil = windowOpenUntil;
        this.windowEnd = windowEnd;
    }

    public long getOrderId() {
        return orderId;
    }

    /** The order number, or the id for an order without one. */
    public String getOrderNumber() {
        return orderNumber;
    }

    /** Broadleaf's order status (SUBMITTED, CANCELLED, ...). */
    public String getStatus() {
        return status;
    }

    /** Whether the order is placed (submitted) and not cancelled: only then can anything be done. */
    public boolean isPlaced() {
        return placed;
    }

    /** Whether any unit may still be returned. */
    public boolean isReturnable() {
        if (!placed) {
            return false;
        }
        for (OrderLineRow line : lines) {
            if (line.getLeft() > 0) {
                return true;
            }
        }
        return false;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    /** Whether the customer is a club member, so that points change. */
    public boolean isMember() {
        return member;
    }

    /** The member's points now, or null for a customer who is not a member. */
    public Balance getBalance() {
        return balance;
    }

    public List<OrderLineRow> getLines() {
        return lines;
    }

    /** Earlier cancellations and returns, oldest first. */
    public List<ReturnHistoryRow> getHistory() {
        return history;
    }

    /** How many cancellations and returns there were when the page was read. */
    public int getActions() {
        return history.size();
    }

    public String getZone() {
        return zone;
    }

    /** When the return window ends by itself (store time); null when it ended, by time or by an admin. */
    public String getWindowOpenUntil() {
        return windowEnd == null ? windowOpenUntil : null;
    }

    /** The admin's end of the return window, or null. */
    public ReturnWindowRow getWindowEnd() {
        return windowEnd;
    }

    /** Whether an admin may end the return window now: a placed order, nothing returned, the window still open. */
    public boolean isWindowEndable() {
        return placed && history.isEmpty() && getWindowOpenUntil() != null;
    }
}
