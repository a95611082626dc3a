package io.loyaltyclub.messaging.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.messaging.domain.MessageState;
import io.loyaltyclub.messaging.domain.MessageType;
import io.loyaltyclub.messaging.domain.WeeklyCap;
import io.loyaltyclub.messaging.persistence.MemberMessageDao;
import io.loyaltyclub.messaging.persistence.MemberMessageImpl;
import io.loyaltyclub.messaging.persistence.MessageSettingsImpl;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.domain.QualificationBasis;
import io.loyaltyclub.tier.domain.TierProgress;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.TierQualificationService;
import io.loyaltyclub.tier.service.TierService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Sends the queued messages whose time has come, each at most once:
 * <ol>
 *   <li>in one transaction it decides whether the message may go (switched on, active member, consent for
 *       marketing, up to date, still something to say, the weekly cap) and claims it (QUEUED to SENDING);</li>
 *   <li>in a second transaction, never repeated, it writes and sends the mail and marks it SENT;</li>
 *   <li>when sending failed, nothing left: the message is queued again for later (at most {@link #ATTEMPTS} times).
 *       A message left in SENDING by a sender that stopped is not sent again (it may have left): it is marked
 *       FAILED for the admin to see.</li>
 * </ol>
 */
@Component("loyaltyMessageSender")
public class MessageSender {

    public static final int ATTEMPTS = 5;
    static final int CHUNK = 100;
    /** A claim older than this belongs to a sender that stopped. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);
    static final Duration RETRY_AFTER = Duration.ofMinutes(15);

    private static final Log LOG = LogFactory.getLog(MessageSender.class);

    @Resource(name = "loyaltyMemberMessageDao")
    protected MemberMessageDao dao;

    @Resource(name = "loyaltyMemberMessages")
    protected MemberMessagesImpl messages;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyMessageDelivery")
    protected MessageDelivery delivery;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService qualification;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;
    /** For the sending step: never run twice by a retry. */
    protected TransactionTemplate once;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
        once = new TransactionTemplate(transactionManager);
    }

    /** Sends what is due until done or {@code deadline}. */
    public Outcome sendDue(Instant deadline) {
        final Outcome outcome = new Outcome();
        final Instant now = clock.instant();
        List<Long> abandoned = transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                List<Long> ids = dao.abandoned(Date.from(now.minus(ABANDONED_AFTER)), CHUNK);
                for (Long id : ids) {
                    dao.find(id).fail("The sender stopped while sending it; it may or may not have left, so it is not"
                            + " sent again.");
                }
                return ids;
            }
        });
        outcome.failed += abandoned.size();
        List<Long> seen = new ArrayList<Long>();
        while (true) {
            List<Long> due = transactions.run(new TransactionCallback<List<Long>>() {
                @Override
                public List<Long> doInTransaction(TransactionStatus status) {
                    return dao.due(Date.from(clock.instant()), CHUNK);
                }
            });
            due.removeAll(seen);
            if (due.isEmpty()) {
                outcome.complete = true;
                return outcome;
            }
            for (Long id : due) {
                seen.add(id);
                try {
                    send(id, outcome);
                } catch (RuntimeException e) {
                    outcome.failed++;
                    LOG.error("Could not send loyalty message " + id, e);
                }
                if (Instant.now().isAfter(deadline)) {
                    return outcome;
                }
            }
        }
    }

    /** Decides, claims and sends one message. */
    void send(final long id, Outcome outcome) {
        final OutgoingMessage outgoing = transactions.run(new TransactionCallback<OutgoingMessage>() {
            @Override
            public OutgoingMessage doInTransaction(TransactionStatus status) {
                return claim(id);
            }
        });
        if (outgoing == null) {
            MemberMessageImpl after = transactions.run(new TransactionCallback<MemberMessageImpl>() {
                @Override
                public MemberMessageImpl doInTransaction(TransactionStatus status) {
                    return dao.find(id);
                }
            });
            if (after != null && after.getState() == MessageState.SKIPPED) {
                outcome.skipped++;
            } else if (after != null && after.getState() == MessageState.QUEUED) {
                outcome.delayed++;
            }
            return;
        }
        try {
            once.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    MemberMessageImpl message = dao.find(id);
                    MessageDelivery.Delivered delivered = delivery.deliver(outgoing);
                    message.sent(Date.from(clock.instant()), delivered.getRecipient(), delivered.getLocaleCode(),
                            delivered.getSubject());
                    return null;
                }
            });
            outcome.sent++;
        } catch (final MessageDelivery.UndeliverableException e) {
            settle(id, e.getMessage(), true);
            outcome.skipped++;
        } catch (final RuntimeException e) {
            LOG.warn("Loyalty message " + id + " was not sent: " + e.getMessage(), e);
            settle(id, "The mail was not sent: " + describe(e), false);
            outcome.failed++;
        }
    }

    private void settle(final long id, final String why, final boolean skip) {
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                MemberMessageImpl message = dao.find(id);
                if (message.getState() != MessageState.SENDING) {
                    return null;
                }
                if (skip) {
                    message.skip(why);
                } else if (message.getAttempts() >= ATTEMPTS) {
                    message.fail(why + " (" + message.getAttempts() + " attempts; no more)");
                } else {
                    message.retryAt(Date.from(clock.instant().plus(RETRY_AFTER.multipliedBy(message.getAttempts()))),
                            why);
                }
                return null;
            }
        });
    }

    /** Inside a transaction: skips, delays, or claims the message and says what it is to say. */
    OutgoingMessage claim(long id) {
        MemberMessageImpl message = dao.find(id);
        if (message == null || message.getState() != MessageState.QUEUED) {
            return null;
        }
        Instant now = clock.instant();
        MessageSettingsImpl settings = messages.settingsRow();
        MessageType type = message.getType();
        LoyaltyAccount account = accounts.find(message.getAccountId());
        if (!message.getValidUntil().toInstant().isAfter(now)) {
            message.skip("Out of date: it was not sent before " + message.getValidUntil().toInstant() + ".");
            return null;
        }
        if (!settings.isEnabled(type)) {
            message.skip("This message is switched off in the message settings.");
            return null;
        }
        if (account == null || !account.isActive()) {
            message.skip("The membership is not active.");
            return null;
        }
        if (type.isMarketing() && !account.isMarketingConsent()) {
            message.skip("A marketing message, and the member has not consented to marketing.");
            return null;
        }
        ProgrammeRules rules = programmes.findProgramme().toRules();
        ZoneId zone = rules.zone();
        long points = message.getPoints() == null ? 0 : message.getPoints();
        long pointsToKeep = 0;
        BigDecimal amountToKeep = null;
        if (type == MessageType.POINTS_EXPIRING) {
            Instant dayStarts = message.getOccasionAt().toInstant();
            Instant dayEnds = dayStarts.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            points = dao.pointsExpiringBetween(account.getId(), Date.from(dayStarts), Date.from(dayEnds));
            if (points <= 0) {
                message.skip("Nothing is left to expire that day.");
                return null;
            }
        }
        if (type == MessageType.TIER_AT_RISK) {
            TierProgress progress = qualification.progress(account.getId());
            if (progress == null || progress.getTier() == null
                    || !message.getTierCode().equals(progress.getTier().getCode()) || progress.isFixedByShop()
                    || progress.isRequalified() || progress.getKeptUntil() == null) {
                message.skip("The tier is no longer at risk.");
                return null;
            }
            if (progress.getBasis() == QualificationBasis.MONEY_SPENT) {
                amountToKeep = progress.amountToKeep();
            } else {
                pointsToKeep = progress.pointsToKeep();
            }
        }
        WeeklyCap cap = new WeeklyCap(settings.getWeeklyCap());
        List<Instant> sent = new ArrayList<Instant>();
        for (Date at : dao.sentSince(account.getId(), Date.from(WeeklyCap.windowStart(now)), Date.from(now))) {
            sent.add(at.toInstant());
        }
        Instant slot = cap.nextSlot(sent, now);
        if (slot.isAfter(now)) {
            if (!slot.isBefore(message.getValidUntil().toInstant())) {
                message.skip("The member had " + cap.getPerWeek() + " messages this week, and it would be out of date "
                        + "before the next could go.");
            } else {
                message.delay(Date.from(slot), "Waits for the weekly cap of " + cap.getPerWeek() + " messages.");
            }
            return null;
        }
        if (!dao.claim(id, Date.from(now))) {
            return null;
        }
        String tierName = null;
        if (message.getTierCode() != null) {
            LoyaltyTier tier = tiers.findTier(message.getTierCode());
            tierName = tier == null ? message.getTierCode() : tier.getName();
        }
        return new OutgoingMessage(id, account.getCustomerId(), type, points, tierName,
                message.getOccasionAt() == null ? null : message.getOccasionAt().toInstant(), pointsToKeep,
                amountToKeep, account.isMarketingConsent() && settings.getOffersPerMessage() > 0,
                settings.getOffersPerMessage(), settings.getFromAddress(), settings.getShopUrl(), zone);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** What a run did. */
    public static final class Outcome {
        private int sent;
        private int skipped;
        private int delayed;
        private int failed;
        private boolean complete;

        public int getSent() {
            return sent;
        }

        public int getSkipped() {
            return skipped;
        }

        public int getDelayed() {
            return delayed;
        }

        public int getFailed() {
            return failed;
        }

        public boolean isComplete() {
            return complete;
        }

        public String summary() {
            return "Sent " + sent + " message" + (sent == 1 ? "" : "s") + ", skipped " + skipped + ", " + delayed
                    + " waiting for the weekly cap" + (failed > 0 ? ", " + failed + " not sent (the reason of each is in LOYALTY_MESSAGE.OUTCOME)" : "")
                    + ".";
        }
    }
}
