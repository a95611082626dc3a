package io.loyaltyclub.earning.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What an order earns: the exact points of each line (kept, so that a return of some items takes back exactly
 * their share) and the whole points credited, rounded down once for the order.
 */
public final class Earning {

    private final List<Line> lines;
    private final BigDecimal basis;
    private final BigDecimal campaignMultiplier;
    private final BigDecimal tierMultiplier;

    Earning(List<Line> lines, BigDecimal basis, BigDecimal campaignMultiplier, BigDecimal tierMultiplier) {
        this.lines = Collections.unmodifiableList(lines);
        this.basis = basis;
        this.campaignMultiplier = campaignMultiplier;
        this.tierMultiplier = tierMultiplier;
    }

    /** The points credited for the order. */
    public long getPoints() {
        return EarningPolicy.wholePoints(exactTotal());
    }

    public BigDecimal exactTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : lines) {
            total = total.add(line.getExactPoints());
        }
        return total;
    }

    /** The merchandise paid with money after discounts: what the points were earned on. */
    public BigDecimal getBasis() {
        return basis;
    }

    public BigDecimal getCampaignMultiplier() {
        return campaignMultiplier;
    }

    public BigDecimal getTierMultiplier() {
        return tierMultiplier;
    }

    public List<Line> getLines() {
        return lines;
    }

    /**
     * The whole points the member keeps of an order's earning when {@code returned} items of some lines came
     * back (line id to quantity returned, in total so far): the exact points of what was kept, rounded down.
     */
    public static long pointsKept(List<Line> lines, Map<Long, Integer> returned) {
        BigDecimal kept = BigDecimal.ZERO;
        for (Line line : lines) {
            Integer back = returned.get(line.getLineId());
            int keptQuantity = line.getQuantity() - (back == null ? 0 : Math.min(back, line.getQuantity()));
            if (keptQuantity > 0) {
                kept = kept.add(line.getExactPoints().multiply(BigDecimal.valueOf(keptQuantity))
                        .divide(BigDecimal.valueOf(line.getQuantity()), MathContext.DECIMAL64));
            }
        }
        return EarningPolicy.wholePoints(kept);
    }

    /** One line's share of the earning. */
    public static final class Line {
        private final long lineId;
        private final int quantity;
        private final BigDecimal eligibleAmount;
        private final BigDecimal multiplier;
        private final BigDecimal exactPoints;

        public Line(long lineId, int quantity, BigDecimal eligibleAmount, BigDecimal multiplier, BigDecimal exactPoints) {
            this.lineId = lineId;
            this.quantity = quantity;
            this.eligibleAmount = eligibleAmount;
            this.multiplier = multiplier;
            this.exactPoints = exactPoints;
        }

        public long getLineId() {
            return lineId;
        }

        public int getQuantity() {
            return quantity;
        }

        /** The line's merchandise amount after discounts and its share of the points payment. */
        public BigDecimal getEligibleAmount() {
            return eligibleAmount;
        }

        /** The product or category multiplier the line got (0 when excluded). */
        public BigDecimal getMultiplier() {
            return multiplier;
        }

        /** Its points before the order's rounding. */
        public BigDecimal getExactPoints() {
            return exactPoints;
        }
    }
}
