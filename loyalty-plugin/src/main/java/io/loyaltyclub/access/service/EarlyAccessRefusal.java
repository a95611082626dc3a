package io.loyaltyclub.access.service;

import java.time.LocalDate;

/** Why a shopper may not see or buy a product yet: the tier it is for until its public launch, and the launch day. */
public final class EarlyAccessRefusal {

    private final String tierName;
    private final LocalDate launchDay;
    private final boolean member;

    public EarlyAccessRefusal(String tierName, LocalDate launchDay, boolean member) {
        this.tierName = tierName;
        this.launchDay = launchDay;
        this.member = member;
    }

    public String getTierName() {
        return tierName;
    }

    /** The day of the public launch, in the store's time zone. */
    public LocalDate getLaunchDay() {
        return launchDay;
    }

    /** Whether the shopper is a member (a lower tier) rather than a guest or non-member. */
    public boolean isMember() {
        return member;
    }
}
