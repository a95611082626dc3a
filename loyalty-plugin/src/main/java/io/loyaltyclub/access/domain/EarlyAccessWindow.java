package io.loyaltyclub.access.domain;

import io.loyaltyclub.tier.domain.TierRequirement;

import java.time.Instant;
import java.util.Collection;

/**
 * A time before a product's public launch when only members of a tier and above may see and buy it (loyalty spec,
 * section 7). Pure: which window, if any, keeps a shopper out.
 */
public final class EarlyAccessWindow {

    private final TierRequirement requirement;
    private final Instant launchAt;

    public EarlyAccessWindow(TierRequirement requirement, Instant launchAt) {
        this.requirement = requirement;
        this.launchAt = launchAt;
    }

    public String getTierName() {
        return requirement.getTierName();
    }

    public Instant getLaunchAt() {
        return launchAt;
    }

    /** Whether this window keeps the shopper out at {@code now}. */
    public boolean keepsOut(Instant now, boolean member, Integer memberRank) {
        if (!now.isBefore(launchAt)) {
            return false;
        }
        return !requirement.admits(member, memberRank);
    }

    /**
     * Of the windows of a product (its own and its categories'), the one keeping the shopper out the longest, or
     * null when the shopper may see and buy the product.
     */
    public static EarlyAccessWindow keepingOut(Collection<EarlyAccessWindow> windows, Instant now, boolean member,
                                               Integer memberRank) {
        EarlyAccessWindow longest = null;
        for (EarlyAccessWindow window : windows) {
            if (window.keepsOut(now, member, memberRank)
                    && (longest == null || window.launchAt.isAfter(longest.launchAt))) {
                longest = window;
            }
        }
        return longest;
    }
}
