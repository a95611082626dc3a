package io.loyaltyclub.redeeming.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.redeeming.domain.PointsPaymentLimits;
import io.loyaltyclub.redeeming.service.PointsAtCheckout;

/** The points panel of the checkout page, formatted for the shopper. */
public final class CheckoutPointsView {

    private final long cartId;
    private final boolean possible;
    private final boolean enoughPoints;
    private final String available;
    private final String availableValue;
    private final String minimum;
    private final long maximumPoints;
    private final String maximum;
    private final String maximumValue;
    private final boolean applied;
    private final String appliedPoints;
    private final String appliedAmount;
    private final long suggested;

    CheckoutPointsView(long cartId, PointsAtCheckout points, ShopperFormats f) {
        PointsPaymentLimits limits = points.getLimits();
        this.cartId = cartId;
        this.possible = limits.isPossible();
        this.enoughPoints = limits.getAvailable() >= limits.getMinimum();
        this.available = f.points(limits.getAvailable());
        this.availableValue = f.money(limits.valueOf(limits.getAvailable()));
        this.minimum = f.points(limits.getMinimum());
        this.maximumPoints = limits.getMaximum();
        this.maximum = f.points(limits.getMaximum());
        this.maximumValue = f.money(limits.valueOf(limits.getMaximum()));
        this.applied = points.getAppliedPoints() > 0;
        this.appliedPoints = f.points(points.getAppliedPoints());
        this.appliedAmount = f.money(points.getAppliedAmount());
        this.suggested = applied ? points.getAppliedPoints() : limits.getMaximum();
    }

    /** The cart the panel was shown for; a form for another cart is refused. */
    public long getCartId() {
        return cartId;
    }

    /** Whether some number of points can pay for this order now. */
    public boolean isPossible() {
        return possible;
    }

    /** Whether the member has at least the minimum per redemption (if not, the order is what is too small). */
    public boolean isEnoughPoints() {
        return enoughPoints;
    }

    public String getAvailable() {
        return available;
    }

    public String getAvailableValue() {
        return availableValue;
    }

    public String getMinimum() {
        return minimum;
    }

    /** The most points usable on this order, as a plain number for the input's max. */
    public long getMaximumPoints() {
        return maximumPoints;
    }

    public String getMaximum() {
        return maximum;
    }

    public String getMaximumValue() {
        return maximumValue;
    }

    public boolean isApplied() {
        return applied;
    }

    public String getAppliedPoints() {
        return appliedPoints;
    }

    public String getAppliedAmount() {
        return appliedAmount;
    }

    /** The number the input starts with: what is applied, or the most that can be. */
    public long getSuggested() {
        return suggested;
    }
}
