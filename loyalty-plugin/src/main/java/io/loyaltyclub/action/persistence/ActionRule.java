package io.loyaltyclub.action.persistence;

import io.loyaltyclub.action.domain.ActionCaps;
import io.loyaltyclub.action.domain.ActionType;

import java.io.Serializable;

/** How the club rewards one action: its points and caps (Loyalty &gt; Action rewards in the admin). */
public interface ActionRule extends Serializable {

    Long getId();

    /** The action's name (an {@link ActionType}); one rule per action. */
    String getActionType();

    void setActionType(String actionType);

    ActionType getType();

    long getPoints();

    void setPoints(long points);

    Integer getPerDay();

    void setPerDay(Integer perDay);

    Integer getPerMonth();

    void setPerMonth(Integer perMonth);

    Integer getPerYear();

    void setPerYear(Integer perYear);

    Integer getLifetime();

    void setLifetime(Integer lifetime);

    boolean isActive();

    void setActive(boolean active);

    ActionCaps caps();
}
