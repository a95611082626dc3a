package io.loyaltyclub.jobs.service;

import io.loyaltyclub.coupon.service.MemberCoupons;

import java.time.Instant;

import javax.annotation.Resource;

import org.springframework.stereotype.Component;

/**
 * Hands out the coupons of today's sale days (store time zone) to the invited members who have none yet: members
 * who join or reach the tier during the day get theirs on the next run.
 */
@Component("loyaltySaleDayCouponsJob")
public class SaleDayCouponsJob implements LoyaltyJob {

    public static final String NAME = "sale-day-coupons";
    static final int CHUNK = 200;

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Issues the coupons of today's sale days to the invited members who have none yet.";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        int issued = 0;
        while (true) {
            int chunk = coupons.issueSaleDayCoupons(now, CHUNK);
            issued += chunk;
            if (chunk < CHUNK) {
                return JobOutcome.complete(summary(issued), now);
            }
            if (Instant.now().isAfter(deadline)) {
                return JobOutcome.partial(summary(issued) + " More are due: the next run continues.");
            }
        }
    }

    private static String summary(int issued) {
        return "Issued " + issued + " sale-day coupon" + (issued == 1 ? "" : "s") + ".";
    }
}
