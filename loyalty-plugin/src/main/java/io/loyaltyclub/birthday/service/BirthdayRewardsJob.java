package io.loyaltyclub.birthday.service;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.jobs.service.JobOutcome;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import javax.annotation.Resource;

/**
 * Gives members born in the current month (store time zone) their birthday reward of the year, once. Each member is
 * marked as dealt with for the year as they are rewarded, so a run cut short continues with the others, and two
 * nodes (or a retried run) never reward a member twice: the reward is idempotent per member and year.
 */
@Component("loyaltyBirthdayRewardsJob")
public class BirthdayRewardsJob implements LoyaltyJob {

    public static final String NAME = "birthday-rewards";
    static final int CHUNK = 200;

    private static final Log LOG = LogFactory.getLog(BirthdayRewardsJob.class);

    @Resource(name = "loyaltyBirthdayService")
    protected BirthdayService birthdays;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Gives members born this month (store time zone) their birthday points, once a year.";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        if (!rewards.rule(ActionType.BIRTHDAY).isActive()) {
            return JobOutcome.complete("Birthday rewards are switched off (Loyalty > Action rewards).", now);
        }
        int rewarded = 0;
        int looked = 0;
        int failed = 0;
        while (true) {
            List<Long> due = birthdays.dueMembers(now, CHUNK);
            if (due.isEmpty()) {
                return JobOutcome.complete(summary(rewarded, looked, failed), now);
            }
            int doneInChunk = 0;
            for (Long account : due) {
                try {
                    if (birthdays.rewardIfDue(account, now) != null) {
                        rewarded++;
                    }
                    looked++;
                    doneInChunk++;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.error("Could not give loyalty account " + account + " its birthday reward; the next run tries "
                            + "again", e);
                }
                if (Instant.now().isAfter(deadline)) {
                    return JobOutcome.partial(summary(rewarded, looked, failed) + " More are due: the next run continues.");
                }
            }
            if (doneInChunk == 0) {
                return JobOutcome.partial(summary(rewarded, looked, failed));
            }
        }
    }

    private static String summary(int rewarded, int looked, int failed) {
        return "Gave " + rewarded + " birthday reward" + (rewarded == 1 ? "" : "s") + " (" + looked + " member"
                + (looked == 1 ? "" : "s") + " born this month looked at)."
                + (failed > 0 ? " " + failed + " could not be rewarded (see the log)." : "");
    }
}
