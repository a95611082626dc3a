package io.loyaltyclub.tier.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.tier.domain.QualificationBasis;
import io.loyaltyclub.tier.domain.TierProgress;
import io.loyaltyclub.tier.persistence.LoyaltyTier;

import java.math.BigDecimal;
import java.util.Map;

/** The tier part of the members' area: the tier, the way to the next one, and what keeps the current one. */
public final class TierStatus {

    private final String basis;
    private final TierCard tier;
    private final TierCard next;
    private final String toNext;
    private final int percent;
    private final boolean fixedByShop;
    private final String keptUntil;
    private final String toKeep;
    private final String keepBy;
    private final boolean requalified;

    private TierStatus(String basis, TierCard tier, TierCard next, String toNext, int percent, boolean fixedByShop,
                       String keptUntil, String toKeep, String keepBy, boolean requalified) {
        this.basis = basis;
        this.tier = tier;
        this.next = next;
        this.toNext = toNext;
        this.percent = percent;
        this.fixedByShop = fixedByShop;
        this.keptUntil = keptUntil;
        this.toKeep = toKeep;
        this.keepBy = keepBy;
        this.requalified = requalified;
    }

    /** @param tiers the active tiers by code */
    public static TierStatus of(TierProgress progress, Map<String, LoyaltyTier> tiers, ShopperFormats formats) {
        QualificationBasis basis = progress.getBasis();
        boolean money = basis == QualificationBasis.MONEY_SPENT;
        LoyaltyTier current = progress.getTier() == null ? null : tiers.get(progress.getTier().getCode());
        LoyaltyTier next = progress.getNext() == null ? null : tiers.get(progress.getNext().getCode());
        String toNext = next == null ? null
                : money ? formats.money(progress.amountToNext()) : formats.points(progress.pointsToNext());
        String keptUntil = null;
        String toKeep = null;
        String keepBy = null;
        if (progress.getKeptUntil() != null) {
            // The last day the tier is held: the day of the moment before it lapses.
            keepBy = formats.date(progress.getKeptUntil().minusMillis(1));
            keptUntil = keepBy;
            BigDecimal amount = progress.amountToKeep();
            toKeep = money ? formats.money(amount) : formats.points(progress.pointsToKeep());
        }
        return new TierStatus(basis.name(), current == null ? null : TierCard.of(current, basis, formats),
                next == null ? null : TierCard.of(next, basis, formats), toNext, progress.percentToNext(),
                progress.isFixedByShop(), keptUntil, toKeep, keepBy, progress.isRequalified());
    }

    /** POINTS_EARNED or MONEY_SPENT: which texts apply. */
    public String getBasis() {
        return basis;
    }

    /** The member's tier, or null below every tier. */
    public TierCard getTier() {
        return tier;
    }

    /** The next tier, or null at the top or when the shop fixed the tier. */
    public TierCard getNext() {
        return next;
    }

    /** Points or money still missing for the next tier, formatted. */
    public String getToNext() {
        return toNext;
    }

    /** 0 to 100: the width of the progress bar. */
    public int getPercent() {
        return percent;
    }

    public boolean isFixedByShop() {
        return fixedByShop;
    }

    /** The last day the tier is held without qualifying again, formatted; null when not held by qualifying. */
    public String getKeptUntil() {
        return keptUntil;
    }

    /** Points or money still missing to keep the tier after {@link #getKeptUntil()}, formatted. */
    public String getToKeep() {
        return toKeep;
    }

    public String getKeepBy() {
        return keepBy;
    }

    /** The member already qualified again for the tier in the current period. */
    public boolean isRequalified() {
        return requalified;
    }
}
