package io.loyaltyclub.birthday.service;

import java.time.Instant;

/**
 * The fact "birthday reward granted": a member got the birthday points of a year. What a birthday e-mail is sent
 * for (see {@link BirthdayService#rewardsGranted}).
 */
public final class BirthdayRewardGranted {

    private final long accountId;
    private final int year;
    private final long points;
    private final Instant grantedAt;

    public BirthdayRewardGranted(long accountId, int year, long points, Instant grantedAt) {
        this.accountId = accountId;
        this.year = year;
        this.points = points;
        this.grantedAt = grantedAt;
    }

    public long getAccountId() {
        return accountId;
    }

    /** The year of the birthday rewarded. */
    public int getYear() {
        return year;
    }

    public long getPoints() {
        return points;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
