package io.loyaltyclub.admin.returns;

/** A line of an order on its returns page: what was ordered, what came back so far, what may still come back. */
public final class OrderLineRow {

    private final long itemId;
    private final String name;
    private final int ordered;
    private final int returned;
    private final String total;

    public OrderLineRow(long itemId, String name, int ordered, int returned, String total) {
        this.itemId = itemId;
        this.name = name;
        this.ordered = ordered;
        this.returned = returned;
        this.total = total;
    }

    public long getItemId() {
        return itemId;
    }

    public String getName() {
        return name;
    }

    public int getOrdered() {
        return ordered;
    }

    public int getReturned() {
        return returned;
    }

    /** Units that may still be returned. */
    public int getLeft() {
        return Math.max(0, ordered - returned);
    }

    /** What the line cost, as the order shows it. */
    public String getTotal() {
        return total;
    }

    /** The name of the line's quantity field on the return form. */
    public String getField() {
        return OrderReturnForm.QUANTITY_PREFIX + itemId;
    }
}
