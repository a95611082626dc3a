package io.loyaltyclub.jobs.service;

import io.loyaltyclub.earning.service.OrderEarningService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import javax.annotation.Resource;

/**
 * Credits the points of members' orders that were placed but never credited: a node that stopped between Broadleaf
 * completing an order and the club crediting it, or a failure the checkout logged. Looks back from a day before its
 * last complete run (30 days the first time).
 */
@Component("loyaltyMissedEarningsJob")
public class MissedEarningsJob implements LoyaltyJob {

    public static final String NAME = "missed-order-points";
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(30);
    static final Duration OVERLAP = Duration.ofDays(1);
    static final int CHUNK = 100;

    @Resource(name = "loyaltyOrderEarningService")
    protected OrderEarningService earnings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Credits the points of members' orders that were placed but not credited (after a crash or an error).";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        Instant since = lastCompletedFrom == null ? now.minus(FIRST_LOOK_BACK) : lastCompletedFrom.minus(OVERLAP);
        int credited = 0;
        while (true) {
            int chunk = earnings.earnMissed(since, CHUNK);
            credited += chunk;
            if (chunk < CHUNK) {
                return JobOutcome.complete("Credited " + credited + " order" + (credited == 1 ? "" : "s")
                        + " placed since " + since + " without points.", now);
            }
            if (Instant.now().isAfter(deadline)) {
                return JobOutcome.partial("Credited " + credited + " orders; more remain for the next run.");
            }
        }
    }
}
