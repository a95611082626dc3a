package io.loyaltyclub.messaging.service;

import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.messaging.domain.MessageSettingsProblems;
import io.loyaltyclub.messaging.domain.MessageType;
import io.loyaltyclub.messaging.persistence.MemberMessageDao;
import io.loyaltyclub.messaging.persistence.MemberMessageImpl;
import io.loyaltyclub.messaging.persistence.MessageSettings;
import io.loyaltyclub.messaging.persistence.MessageSettingsImpl;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyMemberMessages")
public class MemberMessagesImpl implements MemberMessages, ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(MemberMessagesImpl.class);

    /** How long a message about something that happened stays worth sending (it may wait for the weekly cap). */
    static final Duration SHELF_LIFE = Duration.ofDays(14);

    @Resource(name = "loyaltyMemberMessageDao")
    protected MemberMessageDao dao;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** The sender of a shop that has not set one in the admin yet. */
    @Value("${loyalty.messages.from:club@example.com}")
    protected String defaultFrom;

    /** The storefront's address for links, until the admin sets one. */
    @Value("${loyalty.messages.shopUrl:http://localhost:8080}")
    protected String defaultShopUrl;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /** Makes the settings row when the application has started, so the admin finds it to edit. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        try {
            settings();
        } catch (RuntimeException e) {
            LOG.warn("The member message settings could not be made now; they are made when first needed", e);
        }
    }

    public static String welcomeKey(long accountId) {
        return "welcome:" + accountId;
    }

    public static String pointsAvailableKey(long lotId) {
        return "points-available:" + lotId;
    }

    public static String pointsExpiringKey(long accountId, LocalDate day) {
        return "points-expiring:" + accountId + ":" + day;
    }

    public static String tierReachedKey(long tierChangeId) {
        return "tier-reached:" + tierChangeId;
    }

    public static String tierAtRiskKey(long accountId, String tierCode, Instant keptUntil) {
        return "tier-at-risk:" + accountId + ":" + tierCode + ":" + keptUntil.getEpochSecond();
    }

    public static String birthdayKey(long accountId, int year) {
        return "birthday:" + accountId + ":" + year;
    }

    public static String referralRewardKey(String referralKey) {
        return "referral-reward:" + referralKey;
    }

    @Override
    public MemberMessageImpl welcome(long accountId) {
        Instant now = clock.instant();
        return queue(welcomeKey(accountId), accountId, MessageType.WELCOME, null, null, null, now.plus(SHELF_LIFE));
    }

    @Override
    public MemberMessageImpl pointsAvailable(long accountId, long lotId, long points) {
        requirePoints(points);
        Instant now = clock.instant();
        return queue(pointsAvailableKey(lotId), accountId, MessageType.POINTS_AVAILABLE, points, null, null,
                now.plus(SHELF_LIFE));
    }

    @Override
    public MemberMessageImpl pointsExpiring(long accountId, LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("The day the points expire is missing");
        }
        Instant dayStarts = day.atStartOfDay(zone()).toInstant();
        return queue(pointsExpiringKey(accountId, day), accountId, MessageType.POINTS_EXPIRING, null, null,
                dayStarts, dayStarts);
    }

    @Override
    public MemberMessageImpl tierReached(long accountId, long tierChangeId, String tierCode) {
        requireText(tierCode, "The tier's code");
        Instant now = clock.instant();
        return queue(tierReachedKey(tierChangeId), accountId, MessageType.TIER_REACHED, null, tierCode, null,
                now.plus(SHELF_LIFE));
    }

    @Override
    public MemberMessageImpl tierAtRisk(long accountId, String tierCode, Instant keptUntil) {
        requireText(tierCode, "The tier's code");
        if (keptUntil == null) {
            throw new IllegalArgumentException("The end of the tier's period is missing");
        }
        return queue(tierAtRiskKey(accountId, tierCode, keptUntil), accountId, MessageType.TIER_AT_RISK, null,
                tierCode, keptUntil, keptUntil);
    }

    @Override
    public MemberMessageImpl birthday(long accountId, int year) {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("A birthday message is for a year from 2000 to 2999, not " + year);
        }
        Instant now = clock.instant();
        return queue(birthdayKey(accountId, year), accountId, MessageType.BIRTHDAY, null, null, null,
                now.plus(SHELF_LIFE));
    }

    @Override
    public MemberMessageImpl referralRewarded(long accountId, String referralKey, long points) {
        requireText(referralKey, "The referral's key");
        requirePoints(points);
        if (referralKey.trim().length() > 150) {
            throw new IllegalArgumentException("The referral's key is longer than 150 characters");
        }
        Instant now = clock.instant();
        return queue(referralRewardKey(referralKey.trim()), accountId, MessageType.REFERRAL_REWARD, points, null, null,
                now.plus(SHELF_LIFE));
    }

    @Override
    public List<MemberMessageImpl> messagesOf(final long accountId, final int limit) {
        return transactions.run(new TransactionCallback<List<MemberMessageImpl>>() {
            @Override
            public List<MemberMessageImpl> doInTransaction(TransactionStatus status) {
                return dao.ofAccount(accountId, limit);
            }
        });
    }

    @Override
    public MessageSettings settings() {
        return transactions.run(new TransactionCallback<MessageSettings>() {
            @Override
            public MessageSettings doInTransaction(TransactionStatus status) {
                return settingsRow();
            }
        });
    }

    /** The settings row, made with the defaults when missing; inside a transaction. */
    MessageSettingsImpl settingsRow() {
        MessageSettingsImpl settings = dao.settings();
        if (settings == null) {
            settings = new MessageSettingsImpl();
            settings.setFromAddress(defaultFrom);
            settings.setShopUrl(defaultShopUrl);
            dao.persist(settings);
        }
        return settings;
    }

    @Override
    public MessageSettings saveSettings(final MessageSettings changed) {
        Map<String, String> problems = MessageSettingsProblems.of(changed.getWeeklyCap(),
                changed.getDaysBeforeExpiry(), changed.getDaysBeforeTierEnd(), changed.getOffersPerMessage(),
                changed.getFromAddress(), changed.getShopUrl());
        if (!problems.isEmpty()) {
            throw new InvalidMessageSettingsException(problems);
        }
        return transactions.run(new TransactionCallback<MessageSettings>() {
            @Override
            public MessageSettings doInTransaction(TransactionStatus status) {
                MessageSettingsImpl row = settingsRow();
                row.setWeeklyCap(changed.getWeeklyCap());
                row.setDaysBeforeExpiry(changed.getDaysBeforeExpiry());
                row.setDaysBeforeTierEnd(changed.getDaysBeforeTierEnd());
                row.setOffersPerMessage(changed.getOffersPerMessage());
                row.setFromAddress(changed.getFromAddress().trim());
                row.setShopUrl(changed.getShopUrl().trim());
                for (MessageType type : MessageType.values()) {
                    row.setEnabled(type, changed.isEnabled(type));
                }
                return row;
            }
        });
    }

    private MemberMessageImpl queue(final String key, final long accountId, final MessageType type, final Long points,
                                    final String tierCode, final Instant occasion, final Instant validUntil) {
        return transactions.run(new TransactionCallback<MemberMessageImpl>() {
            @Override
            public MemberMessageImpl doInTransaction(TransactionStatus status) {
                MemberMessageImpl existing = dao.findByKey(key);
                if (existing != null) {
                    return existing;
                }
                if (accounts.find(accountId) == null) {
                    throw new IllegalArgumentException("There is no loyalty account " + accountId);
                }
                Instant now = clock.instant();
                MemberMessageImpl message = new MemberMessageImpl(key, accountId, type, points, tierCode,
                        occasion == null ? null : Date.from(occasion), Date.from(now), Date.from(validUntil));
                if (!settingsRow().isEnabled(type)) {
                    message.skip("This message is switched off in the message settings.");
                }
                // Two triggers at once: the second fails on the unique key, is run again and finds this one.
                return dao.insert(message);
            }
        });
    }

    private ZoneId zone() {
        return programmes.findProgramme().toRules().zone();
    }

    private static void requirePoints(long points) {
        if (points < 1) {
            throw new IllegalArgumentException("A message about points needs at least 1 point, not " + points);
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
