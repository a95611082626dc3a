package io.loyaltyclub.api.domain;

/**
 * The limits on points a partner earns or redeems in one request: the programme's minimum per redemption, and a
 * ceiling per request that stops a typo (a receipt number in the points field) from moving a fortune.
 */
public final class PartnerPoints {

    /** The most points one API request may earn or redeem. */
    public static final long MAX_PER_REQUEST = 1_000_000L;

    /** Why a number of points is refused, or null when it is fine. */
    public enum Refusal {
        BELOW_MINIMUM,
        LIMIT_EXCEEDED
    }

    private PartnerPoints() {
    }

    public static Refusal checkEarn(long points) {
        return points > MAX_PER_REQUEST ? Refusal.LIMIT_EXCEEDED : null;
    }

    public static Refusal checkRedeem(long points, long minimumRedemption) {
        if (points > MAX_PER_REQUEST) {
            return Refusal.LIMIT_EXCEEDED;
        }
        return points < minimumRedemption ? Refusal.BELOW_MINIMUM : null;
    }
}
