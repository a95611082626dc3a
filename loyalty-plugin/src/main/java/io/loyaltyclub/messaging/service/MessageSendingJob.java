package io.loyaltyclub.messaging.service;

import io.loyaltyclub.jobs.service.JobOutcome;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import org.springframework.stereotype.Component;

import java.time.Instant;
import javax.annotation.Resource;

/** Sends the queued member messages whose time has come ({@link MessageSender}). */
@Component("loyaltyMessageSendingJob")
public class MessageSendingJob implements LoyaltyJob {

    public static final String NAME = "member-messages";

    @Resource(name = "loyaltyMessageSender")
    protected MessageSender sender;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Sends the queued members' e-mails, each once, within consent and the weekly cap.";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        MessageSender.Outcome outcome = sender.sendDue(deadline);
        return outcome.isComplete() ? JobOutcome.complete(outcome.summary(), now)
                : JobOutcome.partial(outcome.summary() + " More are due: the next run continues.");
    }
}
