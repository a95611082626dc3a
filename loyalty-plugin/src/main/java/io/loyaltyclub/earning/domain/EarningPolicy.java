package io.loyaltyclub.earning.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How many points an order earns (loyalty spec, section 3):
 * <ol>
 *   <li>the basis is the merchandise paid after discounts; the part paid with points is taken off it, spread
 *       over the lines in proportion to their amounts (shipping and tax are never in it);</li>
 *   <li>a line of an excluded product, or of a product in an excluded category (or a sub-category of one), earns
 *       nothing;</li>
 *   <li>each line earns its amount times the base rate, times its product's multiplier or, without one, the
 *       highest multiplier of its categories, times the highest multiplier of the campaigns running when the
 *       order is placed, times the member's tier multiplier;</li>
 *   <li>the exact amounts of all lines are added and rounded down once, per order.</li>
 * </ol>
 */
public final class EarningPolicy {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** Decimals of a line's exact points: what is stored, so that stored lines add up to what was credited. */
    public static final int EXACT_SCALE = 8;

    private final BigDecimal baseRate;
    private final List<EarnRule> rules;
    private final List<EarnCampaign> campaigns;

    public EarningPolicy(BigDecimal baseRate, List<EarnRule> rules, List<EarnCampaign> campaigns) {
        if (baseRate == null || baseRate.signum() < 0) {
            throw new IllegalArgumentException("The base rate is zero or more points per currency unit");
        }
        this.baseRate = baseRate;
        this.rules = Collections.unmodifiableList(new ArrayList<EarnRule>(rules));
        this.campaigns = Collections.unmodifiableList(new ArrayList<EarnCampaign>(campaigns));
    }

    /**
     * @param pointsPayment  the money paid with points (zero when none)
     * @param tierMultiplier the member's tier multiplier (1 without tiers)
     * @param placedAt       when the order was placed, for campaigns
     */
    public Earning earn(List<EarningLine> lines, BigDecimal pointsPayment, BigDecimal tierMultiplier, Instant placedAt) {
        BigDecimal merchandise = BigDecimal.ZERO;
        for (EarningLine line : lines) {
            merchandise = merchandise.add(line.getAmount());
        }
        BigDecimal paidWithPoints = pointsPayment == null ? BigDecimal.ZERO : pointsPayment.max(BigDecimal.ZERO);
        BigDecimal basis = merchandise.subtract(paidWithPoints).max(BigDecimal.ZERO);
        BigDecimal share = merchandise.signum() == 0 ? BigDecimal.ZERO : basis.divide(merchandise, PRECISION);
        BigDecimal campaign = campaignMultiplier(placedAt);
        BigDecimal tier = tierMultiplier == null ? BigDecimal.ONE : tierMultiplier;

        List<Earning.Line> earned = new ArrayList<Earning.Line>();
        for (EarningLine line : lines) {
            BigDecimal eligible = line.getAmount().multiply(share, PRECISION);
            BigDecimal multiplier = lineMultiplier(line);
            BigDecimal exact = eligible.multiply(baseRate).multiply(multiplier).multiply(campaign).multiply(tier)
                    .setScale(EXACT_SCALE, RoundingMode.HALF_EVEN);
            earned.add(new Earning.Line(line.getLineId(), line.getQuantity(), eligible, multiplier, exact));
        }
        return new Earning(earned, basis, campaign, tier);
    }

    /** The highest multiplier of the campaigns running at {@code at}; 1 when none runs. */
    public BigDecimal campaignMultiplier(Instant at) {
        BigDecimal best = null;
        for (EarnCampaign campaign : campaigns) {
            if (campaign.isRunningAt(at) && (best == null || campaign.getMultiplier().compareTo(best) > 0)) {
                best = campaign.getMultiplier();
            }
        }
        return best == null ? BigDecimal.ONE : best;
    }

    /** 0 for an excluded line; else its product's multiplier, or its categories' highest, or 1. */
    BigDecimal lineMultiplier(EarningLine line) {
        BigDecimal product = null;
        BigDecimal category = null;
        for (EarnRule rule : rules) {
            if (!rule.appliesTo(line)) {
                continue;
            }
            if (rule.isExcluded()) {
                return BigDecimal.ZERO;
            }
            if (rule.getTarget() == EarnRule.Target.PRODUCT) {
                product = product == null ? rule.getMultiplier() : product.max(rule.getMultiplier());
            } else {
                category = category == null ? rule.getMultiplier() : category.max(rule.getMultiplier());
            }
        }
        if (product != null) {
            return product;
        }
        return category != null ? category : BigDecimal.ONE;
    }

    /** Rounds exact points down to whole points, as the programme always does. */
    static long wholePoints(BigDecimal exact) {
        return exact.setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
