package io.loyaltyclub.messaging.service;

import io.loyaltyclub.jobs.service.JobOutcome;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import org.springframework.stereotype.Component;

import java.time.Instant;
import javax.annotation.Resource;

/** Queues the member messages of what happened in the club since the last run ({@link MessageTriggers}). */
@Component("loyaltyMessageTriggersJob")
public class MessageTriggersJob implements LoyaltyJob {

    public static final String NAME = "member-message-triggers";

    @Resource(name = "loyaltyMessageTriggers")
    protected MessageTriggers triggers;

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
        MessageTriggers.Counts counts = triggers.queueDue(now, since);
        String summary = "Looked at " + counts.getFacts() + " occasion" + (counts.getFacts() == 1 ? "" : "s")
                + " since " + since + (counts.getFailed() > 0 ? "; " + counts.getFailed()
                + " could not be queued (see the log)." : "; each has its message queued once.");
        return counts.getFailed() > 0 ? JobOutcome.partial(summary) : JobOutcome.complete(summary, now);
    }
}
