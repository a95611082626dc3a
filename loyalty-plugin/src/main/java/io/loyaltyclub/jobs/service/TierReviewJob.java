package io.loyaltyclub.jobs.service;

import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.service.TierQualificationService;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

/**
 * Reviews every active member's tier once a day (store time zone): downgrades whose period has ended, points that
 * became available without the settlement job seeing them, tiers an admin switched off. A member reviewed today
 * for any reason is not reviewed again, so a run cut short continues with the others.
 */
@Component("loyaltyTierReviewJob")
public class TierReviewJob implements LoyaltyJob {

    public static final String NAME = "tier-review";
    static final int CHUNK = 200;

    private static final Log LOG = LogFactory.getLog(TierReviewJob.class);

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService tiers;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Reviews each member's tier once a day: tiers reached, and tiers lost once their period has ended.";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        ZoneId zone = programmes.findProgramme().toRules().zone();
        Instant startOfDay = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        int reviewed = 0;
        int changed = 0;
        int failed = 0;
        while (true) {
            List<Long> due = tiers.membersToReview(startOfDay, CHUNK);
            if (due.isEmpty()) {
                return JobOutcome.complete(summary(reviewed, changed, failed), now);
            }
            int reviewedInChunk = 0;
            for (Long account : due) {
                try {
                    if (tiers.review(account) != null) {
                        changed++;
                    }
                    reviewed++;
                    reviewedInChunk++;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.error("Could not review the tier of loyalty account " + account + "; the next run tries again", e);
                }
                if (Instant.now().isAfter(deadline)) {
                    return JobOutcome.partial(summary(reviewed, changed, failed) + " More are due: the next run continues.");
                }
            }
            if (reviewedInChunk == 0) {
                return JobOutcome.partial(summary(reviewed, changed, failed));
            }
        }
    }

    private static String summary(int reviewed, int changed, int failed) {
        return "Reviewed " + reviewed + " member" + (reviewed == 1 ? "" : "s") + "; " + changed + " changed tier."
                + (failed > 0 ? " " + failed + " could not be reviewed (see the log)." : "");
    }
}
