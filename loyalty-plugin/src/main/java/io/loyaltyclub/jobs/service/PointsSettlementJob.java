package io.loyaltyclub.jobs.service;

import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.tier.service.TierQualificationService;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import javax.annotation.Resource;

/**
 * Makes pending points available once their return window has passed and expires points whose expiry has come,
 * member by member, a chunk of members at a time. Balances are right without it (they are worked out at the moment
 * they are read); the job writes the EXPIRE entries and keeps the stored lots current.
 */
@Component("loyaltyPointsSettlementJob")
public class PointsSettlementJob implements LoyaltyJob {

    public static final String NAME = "points-settlement";
    static final int CHUNK = 200;

    private static final Log LOG = LogFactory.getLog(PointsSettlementJob.class);

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService tiers;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Makes pending points available after the return window and expires points whose expiry date has come.";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        int accounts = 0;
        int lots = 0;
        int failed = 0;
        while (true) {
            List<Long> due = ledger.accountsToSettle(CHUNK);
            if (due.isEmpty()) {
                return JobOutcome.complete(summary(accounts, lots, failed), now);
            }
            int settledInChunk = 0;
            for (Long account : due) {
                try {
                    int changed = ledger.settle(account);
                    if (changed > 0) {
                        // Points that became available count for the member's tier now.
                        tiers.review(account);
                    }
                    lots += changed;
                    accounts++;
                    settledInChunk++;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.error("Could not settle the points of loyalty account " + account + "; the next run tries again", e);
                }
                if (Instant.now().isAfter(deadline)) {
                    return JobOutcome.partial(summary(accounts, lots, failed) + " More are due: the next run continues.");
                }
            }
            if (settledInChunk == 0) {
                // Every account of the chunk failed: stop instead of trying the same ones again and again.
                return JobOutcome.partial(summary(accounts, lots, failed));
            }
        }
    }

    private static String summary(int accounts, int lots, int failed) {
        return "Settled " + accounts + " member" + (accounts == 1 ? "" : "s") + ": " + lots + " lot"
                + (lots == 1 ? "" : "s") + " became available or expired."
                + (failed > 0 ? " " + failed + " could not be settled (see the log)." : "");
    }
}
