package io.loyaltyclub.messaging.service;

import io.loyaltyclub.birthday.service.BirthdayRewardGranted;
import io.loyaltyclub.birthday.service.BirthdayService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.messaging.persistence.MemberMessageDao;
import io.loyaltyclub.messaging.persistence.MessageSettings;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.domain.TierProgress;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.TierChangeImpl;
import io.loyaltyclub.tier.service.TierQualificationService;
import io.loyaltyclub.tier.service.TierService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Finds what members should hear about in the club's own records and queues the messages (each once, by its key):
 * memberships begun, pending points that became available, points expiring within the settings' days, tiers
 * reached, and tiers that will be lost at the end of their period within the settings' days unless the member
 * earns or spends more.
 */
@Component("loyaltyMessageTriggers")
public class MessageTriggers {

    /** How far back facts are looked for at least (a fact seen twice is queued once). */
    static final Duration LOOK_BACK = Duration.ofDays(3);
    /** Facts older than this are never announced, however long the jobs did not run. */
    static final Duration LONGEST_LOOK_BACK = Duration.ofDays(14);

    private static final Log LOG = LogFactory.getLog(MessageTriggers.class);

    /** Birthday rewards looked at per run: more than a shop's members have birthdays in one run's window. */
    static final int BIRTHDAYS_PER_RUN = 5000;

    @Resource(name = "loyaltyBirthdayService")
    protected BirthdayService birthdays;

    @Resource(name = "loyaltyMemberMessages")
    protected MemberMessages messages;

    @Resource(name = "loyaltyMemberMessageDao")
    protected MemberMessageDao dao;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService qualification;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /**
     * Where a scan at {@code now} starts: a day before the last complete scan began, at least 3 days back (so a
     * clock moved or a scan cut short loses nothing) and at most 14.
     */
    public static Instant since(Instant now, Instant lastCompletedFrom) {
        Instant since = now.minus(LOOK_BACK);
        if (lastCompletedFrom != null && lastCompletedFrom.minus(Duration.ofDays(1)).isBefore(since)) {
            since = lastCompletedFrom.minus(Duration.ofDays(1));
        }
        Instant earliest = now.minus(LONGEST_LOOK_BACK);
        return since.isBefore(earliest) ? earliest : since;
    }

    /**
     * Queues the messages of facts in {@code (since, now]}; with {@code daily}, also those of what is coming soon
     * (points expiring, tiers ending), which need looking at once a day only.
     *
     * @return the count of facts looked at
     */
    public Counts queueDue(final Instant now, final Instant since, boolean daily) {
        final MessageSettings settings = messages.settings();
        final ZoneId zone = programmes.findProgramme().toRules().zone();
        Counts counts = new Counts();

        for (Long account : read(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.joinedBetween(Date.from(since), Date.from(now));
            }
        })) {
            counts.count(queueWelcome(account));
        }

        for (final Object[] lot : read(new TransactionCallback<List<Object[]>>() {
            @Override
            public List<Object[]> doInTransaction(TransactionStatus status) {
                return dao.lotsAvailableBetween(Date.from(since), Date.from(now));
            }
        })) {
            counts.count(attempt("points available of lot " + lot[1], new Runnable() {
                @Override
                public void run() {
                    messages.pointsAvailable((Long) lot[0], (Long) lot[1], ((Number) lot[2]).longValue());
                }
            }));
        }

        for (final BirthdayRewardGranted birthday : read(new TransactionCallback<List<BirthdayRewardGranted>>() {
            @Override
            public List<BirthdayRewardGranted> doInTransaction(TransactionStatus status) {
                return birthdays.rewardsGranted(since, now, BIRTHDAYS_PER_RUN);
            }
        })) {
            counts.count(attempt("birthday of account " + birthday.getAccountId(), new Runnable() {
                @Override
                public void run() {
                    messages.birthday(birthday.getAccountId(), birthday.getYear());
                }
            }));
        }

        if (!daily) {
            return counts;
        }
        final Instant expiryHorizon = now.plus(Duration.ofDays(settings.getDaysBeforeExpiry()));
        Set<String> expiring = new LinkedHashSet<String>();
        for (Object[] lot : read(new TransactionCallback<List<Object[]>>() {
            @Override
            public List<Object[]> doInTransaction(TransactionStatus status) {
                return dao.lotsExpiringBetween(Date.from(now), Date.from(expiryHorizon));
            }
        })) {
            expiring.add(lot[0] + " " + ((Date) lot[1]).toInstant().atZone(zone).toLocalDate());
        }
        for (String accountAndDay : expiring) {
            final String[] parts = accountAndDay.split(" ");
            counts.count(attempt("points expiring of account " + parts[0], new Runnable() {
                @Override
                public void run() {
                    messages.pointsExpiring(Long.parseLong(parts[0]), LocalDate.parse(parts[1]));
                }
            }));
        }

        for (final TierChangeImpl change : read(new TransactionCallback<List<TierChangeImpl>>() {
            @Override
            public List<TierChangeImpl> doInTransaction(TransactionStatus status) {
                return dao.tierChangesBetween(Date.from(since), Date.from(now));
            }
        })) {
            if (rank(change.getToTierCode()) > rank(change.getFromTierCode())) {
                counts.count(attempt("tier reached in change " + change.getId(), new Runnable() {
                    @Override
                    public void run() {
                        messages.tierReached(change.getAccountId(), change.getId(), change.getToTierCode());
                    }
                }));
            }
        }

        final Instant tierHorizon = now.plus(Duration.ofDays(settings.getDaysBeforeTierEnd()));
        for (final Long account : read(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.tiersEndingBetween(Date.from(now), Date.from(tierHorizon));
            }
        })) {
            counts.count(attempt("tier at risk of account " + account, new Runnable() {
                @Override
                public void run() {
                    TierProgress progress = atRisk(account, now, tierHorizon);
                    if (progress != null) {
                        messages.tierAtRisk(account, progress.getTier().getCode(), progress.getKeptUntil());
                    }
                }
            }));
        }
        return counts;
    }

    /**
     * The member's progress when they hold a tier by qualifying that ends in {@code (now, horizon]} and have not
     * done what keeps it; otherwise null.
     */
    public TierProgress atRisk(long accountId, Instant now, Instant horizon) {
        LoyaltyAccount account = read(new TransactionCallback<LoyaltyAccount>() {
            @Override
            public LoyaltyAccount doInTransaction(TransactionStatus status) {
                return accounts.find(accountId);
            }
        });
        if (account == null || !account.isActive()) {
            return null;
        }
        TierProgress progress = qualification.progress(accountId);
        if (progress == null || progress.getTier() == null || progress.isFixedByShop()
                || progress.getKeptUntil() == null || progress.isRequalified()) {
            return null;
        }
        Instant end = progress.getKeptUntil();
        return end.isAfter(now) && !end.isAfter(horizon) ? progress : null;
    }

    private boolean queueWelcome(final Long account) {
        return attempt("welcome of account " + account, new Runnable() {
            @Override
            public void run() {
                messages.welcome(account);
            }
        });
    }

    private int rank(String tierCode) {
        if (tierCode == null) {
            return Integer.MIN_VALUE;
        }
        LoyaltyTier tier = tiers.findTier(tierCode);
        return tier == null ? Integer.MIN_VALUE : tier.getRank();
    }

    private <T> T read(TransactionCallback<T> query) {
        return transactions.run(query);
    }

    private static boolean attempt(String what, Runnable queue) {
        try {
            queue.run();
            return true;
        } catch (RuntimeException e) {
            LOG.error("Could not queue the message about " + what + "; the next run tries again", e);
            return false;
        }
    }

    /** Facts looked at and those that could not be queued. */
    public static final class Counts {
        private int facts;
        private int failed;

        void count(boolean queued) {
            facts++;
            if (!queued) {
                failed++;
            }
        }

        public int getFacts() {
            return facts;
        }

        public int getFailed() {
            return failed;
        }
    }
}
