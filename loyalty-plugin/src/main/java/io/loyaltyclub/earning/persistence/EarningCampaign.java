package io.loyaltyclub.earning.persistence;

import io.loyaltyclub.earning.domain.EarnCampaign;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** A time-boxed points multiplier as the admin edits it ("double points weekend"). */
public interface EarningCampaign extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    BigDecimal getMultiplier();

    void setMultiplier(BigDecimal multiplier);

    Date getStartsAt();

    void setStartsAt(Date startsAt);

    Date getEndsAt();

    void setEndsAt(Date endsAt);

    boolean isActive();

    void setActive(boolean active);

    /** The campaign for the earning policy, or null when it is switched off or incomplete. */
    EarnCampaign toDomain();
}
