package io.loyaltyclub.returns.domain;

import io.loyaltyclub.earning.domain.Earning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a return (or a cancellation, which returns everything) does to an order's points, worked out on the totals
 * returned so far, so that several partial returns add up exactly to one full return:
 * <ul>
 *   <li>the member keeps the points of what they kept: the exact points of the kept items, rounded down; the rest
 *       of the earning is taken back;</li>
 *   <li>points that paid for the order come back in proportion to the merchandise returned (they paid the
 *       merchandise before shipping), rounded down until everything is returned, then in full.</li>
 * </ul>
 */
public final class ReturnSettlement {

    private final long pointsToTakeBack;
    private final long pointsToGiveBack;

    private ReturnSettlement(long pointsToTakeBack, long pointsToGiveBack) {
        this.pointsToTakeBack = pointsToTakeBack;
        this.pointsToGiveBack = pointsToGiveBack;
    }

    /**
     * @param earnedLines      the order's earning, line by line (empty when it earned nothing)
     * @param earned           the points the order earned
     * @param takenBackSoFar   earned points taken back by earlier returns
     * @param paid             points that paid for the order
     * @param givenBackSoFar   paid points given back by earlier returns
     * @param lineAmounts      merchandise amount of each order line after discounts, by line id
     * @param lineQuantities   quantity of each order line, by line id
     * @param returnedAfter    quantities returned in total once this return is done, by line id
     */
    public static ReturnSettlement of(List<Earning.Line> earnedLines, long earned, long takenBackSoFar, long paid,
                                      long givenBackSoFar, Map<Long, BigDecimal> lineAmounts,
                                      Map<Long, Integer> lineQuantities, Map<Long, Integer> returnedAfter) {
        long kept = Earning.pointsKept(earnedLines, returnedAfter);
        long takeBack = Math.max(0, earned - kept - takenBackSoFar);

        BigDecimal merchandise = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        boolean everything = true;
        for (Map.Entry<Long, BigDecimal> line : lineAmounts.entrySet()) {
            int quantity = lineQuantities.get(line.getKey());
            Integer back = returnedAfter.get(line.getKey());
            int backQuantity = back == null ? 0 : Math.min(back, quantity);
            merchandise = merchandise.add(line.getValue());
            returned = returned.add(line.getValue().multiply(BigDecimal.valueOf(backQuantity))
                    .divide(BigDecimal.valueOf(quantity), MathContext.DECIMAL64));
            everything &= backQuantity == quantity;
        }
        long dueBack;
        if (everything) {
            dueBack = paid;
        } else if (merchandise.signum() == 0) {
            dueBack = 0;
        } else {
            dueBack = BigDecimal.valueOf(paid).multiply(returned).divide(merchandise, MathContext.DECIMAL64)
                    .setScale(0, RoundingMode.DOWN).longValueExact();
        }
        long giveBack = Math.max(0, dueBack - givenBackSoFar);
        return new ReturnSettlement(takeBack, giveBack);
    }

    /** Everything returned: a cancellation. */
    public static Map<Long, Integer> everything(Map<Long, Integer> lineQuantities) {
        return Collections.unmodifiableMap(new HashMap<Long, Integer>(lineQuantities));
    }

    /** Earned points to take back now. */
    public long getPointsToTakeBack() {
        return pointsToTakeBack;
    }

    /** Paid points to give back now. */
    public long getPointsToGiveBack() {
        return pointsToGiveBack;
    }
}
