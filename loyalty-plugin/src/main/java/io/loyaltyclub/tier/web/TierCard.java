package io.loyaltyclub.tier.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.tier.domain.QualificationBasis;
import io.loyaltyclub.tier.persistence.LoyaltyTier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A tier as the club page and the members' area show it: badge, what reaches it, what it brings. */
public final class TierCard {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?");

    private final String code;
    private final String name;
    private final String colour;
    private final String threshold;
    private final String multiplier;
    private final String welcomePoints;
    private final String freeShippingFrom;

    private TierCard(String code, String name, String colour, String threshold, String multiplier,
                     String welcomePoints, String freeShippingFrom) {
        this.code = code;
        this.name = name;
        this.colour = colour;
        this.threshold = threshold;
        this.multiplier = multiplier;
        this.welcomePoints = welcomePoints;
        this.freeShippingFrom = freeShippingFrom;
    }

    public static TierCard of(LoyaltyTier tier, QualificationBasis basis, ShopperFormats formats) {
        String threshold = null;
        if (basis == QualificationBasis.MONEY_SPENT && tier.getAmountToQualify() != null) {
            threshold = formats.money(tier.getAmountToQualify());
        } else if (basis == QualificationBasis.POINTS_EARNED && tier.getPointsToQualify() != null) {
            threshold = formats.points(tier.getPointsToQualify());
        }
        BigDecimal m = tier.getEarnMultiplier();
        String multiplier = m != null && m.compareTo(BigDecimal.ONE) > 0 ? formats.number(m, 2) : null;
        String welcome = tier.getWelcomePoints() > 0 ? formats.points(tier.getWelcomePoints()) : null;
        // Only a plain colour reaches the style attribute: the value comes from an admin's form.
        String colour = tier.getColour() != null && COLOUR.matcher(tier.getColour().trim()).matches()
                ? tier.getColour().trim() : null;
        String freeShipping = tier.getFreeShippingFrom() == null ? null : formats.money(tier.getFreeShippingFrom());
        return new TierCard(tier.getCode(), tier.getName(), colour, threshold, multiplier, welcome, freeShipping);
    }

    public static List<TierCard> of(List<LoyaltyTier> tiers, QualificationBasis basis, ShopperFormats formats) {
        List<TierCard> cards = new ArrayList<TierCard>();
        for (LoyaltyTier tier : tiers) {
            cards.add(of(tier, basis, formats));
        }
        return cards;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The badge colour, like #C9A227, or null. */
    public String getColour() {
        return colour;
    }

    /** Points or money that reach the tier, formatted; null when only the shop puts members in it. */
    public String getThreshold() {
        return threshold;
    }

    /** The earn multiplier when it is more than 1, formatted; else null. */
    public String getMultiplier() {
        return multiplier;
    }

    /** Points given on reaching the tier, formatted; null for none. */
    public String getWelcomePoints() {
        return welcomePoints;
    }

    /** The order amount from which the tier's members ship free, formatted; null for no free shipping. */
    public String getFreeShippingFrom() {
        return freeShippingFrom;
    }
}
