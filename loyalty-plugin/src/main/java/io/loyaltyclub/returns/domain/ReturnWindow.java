package io.loyaltyclub.returns.domain;

import java.time.Instant;

/**
 * When an order is past its return window, its pending period: its placing plus the programme's pending days, or
 * earlier when an admin ended the window. The one rule the order's points, its shared link's reward, its referral
 * and tiers follow.
 */
public final class ReturnWindow {

    private ReturnWindow() {
    }

    /**
     * @param planned      the end the pending days give
     * @param endedByAdmin when an admin ended the window, or null
     */
    public static Instant pendingUntil(Instant planned, Instant endedByAdmin) {
        return endedByAdmin != null && endedByAdmin.isBefore(planned) ? endedByAdmin : planned;
    }
}
