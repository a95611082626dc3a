package io.loyaltyclub.messaging.service;

import io.loyaltyclub.jobs.service.JobOutcome;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import javax.annotation.Resource;

/** Queues the member messages of what happened in the club since the last run ({@link MessageTriggers}). */
@Component("loyaltyMessageTriggersJob")
public class MessageTriggersJob implements LoyaltyJob {

    public static final String NAME = "member-message-triggers";

    @Resource(name = "loyaltyMessageTriggers")
    protected MessageTriggers triggers;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Queues members' e-mails: welcome, points available, points expiring soon, tier reached, tier at risk.";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        Instant since = MessageTriggers.since(now, lastCompletedFrom);
        boolean daily = firstRunOfTheDay(now, lastCompletedFrom, programmes.findProgramme().toRules().zone());
        MessageTriggers.Counts counts = triggers.queueDue(now, since, daily);
        String summary = "Looked at " + counts.getFacts() + " occasion" + (counts.getFacts() == 1 ? "" : "s")
                + " since " + since + (daily ? ", and at points expiring and tiers ending soon" : "")
                + (counts.getFailed() > 0 ? "; " + counts.getFailed()
                + " could not be queued (see the log)." : "; each has its message queued once.");
        return counts.getFailed() > 0 ? JobOutcome.partial(summary) : JobOutcome.complete(summary, now);
    }

    /**
     * Whether no run has completed yet today (store time zone): reminders of what is coming soon (points expiring,
     * tiers ending) are looked for once a day, not every few minutes, since for a large shop they are many.
     */
    static boolean firstRunOfTheDay(Instant now, Instant lastCompletedFrom, ZoneId zone) {
        return lastCompletedFrom == null
                || !lastCompletedFrom.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    }
}
