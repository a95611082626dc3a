package io.loyaltyclub.tier.persistence;

import java.io.Serializable;
import java.math.BigDecimal;

/** A tier (VIP level) of the club, with what it takes to reach it and what it brings (loyalty spec, section 5). */
public interface LoyaltyTier extends Serializable {

    Long getId();

    /** A short code, unique, that never changes: members, price rules and offers refer to it. */
    String getCode();

    void setCode(String code);

    String getName();

    void setName(String name);

    /** The order of the tiers: a higher rank is a higher tier. */
    int getRank();

    void setRank(int rank);

    /** The badge colour, like {@code #C9A227}. */
    String getColour();

    void setColour(String colour);

    /** Points earned in the qualification period that reach this tier (when the programme counts points). */
    Long getPointsToQualify();

    void setPointsToQualify(Long points);

    /** Money spent in the qualification period that reaches this tier (when the programme counts money). */
    BigDecimal getAmountToQualify();

    void setAmountToQualify(BigDecimal amount);

    /** What the tier multiplies earned points by (1 = nothing more). */
    BigDecimal getEarnMultiplier();

    void setEarnMultiplier(BigDecimal multiplier);

    /** Orders of this amount or more ship free for the tier's members; null: no such benefit. */
    BigDecimal getFreeShippingFrom();

    void setFreeShippingFrom(BigDecimal amount);

    /** Points given once to a member on reaching the tier; 0: none. */
    long getWelcomePoints();

    void setWelcomePoints(long points);

    boolean isActive();

    void setActive(boolean active);
}
