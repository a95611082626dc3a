package io.loyaltyclub.pricing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * A member price of one tier (loyalty spec, section 6): a percent off or a fixed price, for one product, for the
 * products of one category and its sub-categories, or for the whole catalogue.
 */
public final class MemberPriceRule {

    /** What a rule is about. */
    public enum Target {
        PRODUCT,
        CATEGORY,
        CATALOGUE
    }

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final String tierCode;
    private final Target target;
    private final long targetId;
    private final BigDecimal percentOff;
    private final BigDecimal fixedPrice;

    private MemberPriceRule(String tierCode, Target target, long targetId, BigDecimal percentOff,
                            BigDecimal fixedPrice) {
        if (tierCode == null || target == null) {
            throw new IllegalArgumentException("A member price is for a tier and a target");
        }
        if ((percentOff == null) == (fixedPrice == null)) {
            throw new IllegalArgumentException("A member price is either a percent off or a fixed price");
        }
        if (percentOff != null && (percentOff.signum() <= 0 || percentOff.compareTo(HUNDRED) >= 0)) {
            throw new IllegalArgumentException("A percent off is above 0 and below 100: " + percentOff);
        }
        if (fixedPrice != null && fixedPrice.signum() < 0) {
            throw new IllegalArgumentException("A fixed price is 0 or more: " + fixedPrice);
        }
        this.tierCode = tierCode;
        this.target = target;
        this.targetId = targetId;
        this.percentOff = percentOff;
        this.fixedPrice = fixedPrice;
    }

    public static MemberPriceRule percentOff(String tierCode, Target target, long targetId, BigDecimal percent) {
        return new MemberPriceRule(tierCode, target, targetId, percent, null);
    }

    public static MemberPriceRule fixedPrice(String tierCode, Target target, long targetId, BigDecimal price) {
        return new MemberPriceRule(tierCode, target, targetId, null, price);
    }

    public String getTierCode() {
        return tierCode;
    }

    public Target getTarget() {
        return target;
    }

    public long getTargetId() {
        return targetId;
    }

    /** Whether the rule is about this product, listed in these categories (with all their parents). */
    public boolean appliesTo(long productId, Set<Long> categoryIds) {
        switch (target) {
            case PRODUCT:
                return productId == targetId;
            case CATEGORY:
                return categoryIds.contains(targetId);
            default:
                return true;
        }
    }

    /**
     * The price this rule gives for a regular price, in the currency's decimals: a percent off is rounded half up
     * to the currency's smallest unit and never above the regular price; a fixed price is rounded the same way.
     */
    public BigDecimal priceFrom(BigDecimal regular, int currencyScale) {
        BigDecimal price;
        if (percentOff != null) {
            price = regular.multiply(HUNDRED.subtract(percentOff)).divide(HUNDRED)
                    .setScale(currencyScale, RoundingMode.HALF_UP);
        } else {
            price = fixedPrice.setScale(currencyScale, RoundingMode.HALF_UP);
        }
        return price.compareTo(regular) > 0 ? regular : price;
    }

    @Override
    public String toString() {
        return tierCode + " " + target + (target == Target.CATALOGUE ? "" : " " + targetId)
                + (percentOff != null ? " -" + percentOff + "%" : " =" + fixedPrice);
    }
}
