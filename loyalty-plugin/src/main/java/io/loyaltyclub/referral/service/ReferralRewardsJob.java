package io.loyaltyclub.referral.service;

import io.loyaltyclub.jobs.service.JobOutcome;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.persistence.ReferralImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import javax.annotation.Resource;

/**
 * Moves referrals on, a chunk at a time: notes friends' first orders (should the order hook have missed one), gives
 * friends who joined the club after registering their welcome reward, and rewards advocates whose friend's first
 * order has passed its pending period (or refuses the reward when the order was cancelled or returned). Each step is
 * idempotent per referral, so a run cut short or repeated on another node pays nobody twice.
 */
@Component("loyaltyReferralRewardsJob")
public class ReferralRewardsJob implements LoyaltyJob {

    public static final String NAME = "referral-rewards";
    static final int CHUNK = 200;

    private static final Log LOG = LogFactory.getLog(ReferralRewardsJob.class);

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Rewards advocates once their friend's first order has passed the pending period (nothing if it was "
                + "cancelled or returned), and friends who joined the club after registering through a link.";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        Counts counts = new Counts();
        long after = 0;
        for (List<Long> ids = referrals.awaitingFirstOrder(after, CHUNK); !ids.isEmpty();
             ids = referrals.awaitingFirstOrder(after, CHUNK)) {
            for (Long id : ids) {
                after = id;
                ReferralImpl referral = attempt(counts, id, Step.FIRST_ORDER);
                if (referral != null && referral.getFirstOrderId() != null) {
                    counts.ordered++;
                }
                if (Instant.now().isAfter(deadline)) {
                    return JobOutcome.partial(counts + " More are due: the next run continues.");
                }
            }
        }
        after = 0;
        for (List<Long> ids = referrals.awaitingFriendReward(after, CHUNK); !ids.isEmpty();
             ids = referrals.awaitingFriendReward(after, CHUNK)) {
            for (Long id : ids) {
                after = id;
                ReferralImpl referral = attempt(counts, id, Step.FRIEND);
                if (referral != null && referral.getFriendRewardedAt() != null) {
                    counts.friends++;
                }
                if (Instant.now().isAfter(deadline)) {
                    return JobOutcome.partial(counts + " More are due: the next run continues.");
                }
            }
        }
        while (true) {
            List<Long> due = referrals.dueForAdvocateReward(CHUNK);
            if (due.isEmpty()) {
                return JobOutcome.complete(counts.toString(), now);
            }
            int settledInChunk = 0;
            for (Long id : due) {
                ReferralImpl referral = attempt(counts, id, Step.ADVOCATE);
                if (referral != null && referral.getState() != ReferralState.ORDERED) {
                    settledInChunk++;
                    if (referral.getState() == ReferralState.REWARDED) {
                        counts.advocates++;
                    } else {
                        counts.refused++;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    return JobOutcome.partial(counts + " More are due: the next run continues.");
                }
            }
            if (settledInChunk == 0) {
                // Every referral of the chunk failed: stop instead of trying the same ones again and again.
                return JobOutcome.partial(counts.toString());
            }
        }
    }

    private ReferralImpl attempt(Counts counts, long id, Step step) {
        try {
            switch (step) {
                case FIRST_ORDER:
                    ReferralImpl referral = referrals.find(id);
                    return referral == null ? null : referrals.firstOrderPlaced(referral.getFriendCustomerId());
                case FRIEND:
                    return referrals.rewardFriend(id);
                case ADVOCATE:
                default:
                    return referrals.settle(id);
            }
        } catch (RuntimeException e) {
            counts.failed++;
            LOG.error("Could not move referral " + id + " on (" + step + "); the next run tries again", e);
            return null;
        }
    }

    private enum Step { FIRST_ORDER, FRIEND, ADVOCATE }

    private static final class Counts {
        int ordered;
        int friends;
        int advocates;
        int refused;
        int failed;

        @Override
        public String toString() {
            return "First orders noted: " + ordered + ". Friends rewarded: " + friends + ". Advocates rewarded: "
                    + advocates + ". Refused (first order cancelled or returned, advocate not active): " + refused + "."
                    + (failed > 0 ? " " + failed + " could not be handled (see the log)." : "");
        }
    }
}
