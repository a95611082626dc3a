package io.loyaltyclub.tier.service;

import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.earning.domain.Earning;
import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.returns.domain.ReturnWindow;
import io.loyaltyclub.returns.persistence.OrderReturnDao;
import io.loyaltyclub.returns.persistence.OrderReturnImpl;
import io.loyaltyclub.returns.persistence.OrderReturnLineImpl;
import io.loyaltyclub.returns.persistence.ReturnWindowEndImpl;
import io.loyaltyclub.tier.domain.ManualMode;
import io.loyaltyclub.tier.domain.Measure;
import io.loyaltyclub.tier.domain.QualificationBasis;
import io.loyaltyclub.tier.domain.QualificationPeriod;
import io.loyaltyclub.tier.domain.TierChangeReason;
import io.loyaltyclub.tier.domain.TierCounting;
import io.loyaltyclub.tier.domain.TierLadder;
import io.loyaltyclub.tier.domain.TierLevel;
import io.loyaltyclub.tier.domain.TierProgress;
import io.loyaltyclub.tier.domain.TierQualification;
import io.loyaltyclub.tier.domain.TierStanding;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.TierChangeImpl;
import io.loyaltyclub.tier.persistence.TierDao;
import io.loyaltyclub.tier.persistence.TierStandingDao;
import io.loyaltyclub.tier.persistence.TierStandingImpl;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

@Service("loyaltyTierQualificationService")
public class TierQualificationServiceImpl implements TierQualificationService {

    @Resource(name = "loyaltyTierStandingDao")
    protected TierStandingDao dao;

    @Resource(name = "loyaltyTierDao")
    protected TierDao tiers;

    @Resource(name = "loyaltyOrderReturnDao")
    protected OrderReturnDao returns;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    public TierChangeImpl review(long accountId) {
        return review(accountId, false);
    }

    @Override
    public TierChangeImpl reviewAfterReturn(long accountId) {
        return review(accountId, true);
    }

    private TierChangeImpl review(final long accountId, final boolean afterReturn) {
        final LoyaltyProgram programme = programmes.findProgramme();
        return transactions.run(new TransactionCallback<TierChangeImpl>() {
            @Override
            public TierChangeImpl doInTransaction(TransactionStatus status) {
                ledger.lockAccount(accountId);
                LoyaltyAccount account = dao.account(accountId);
                if (account == null || !account.isActive()) {
                    return null;
                }
                Instant now = clock.instant();
                Qualifying q = qualifying(programme, account, now);
                TierStanding standing = q.standing.qualified();
                TierQualification.Review review;
                if (afterReturn && standing.getReachedFrom() != null) {
                    Measure whenReached = measure(accountId, q.rules.getBasis(), standing.getReachedFrom(),
                            standing.getReachedTo().plusMillis(1), q.programmeRules);
                    review = q.rules.reviewAfterReturn(standing, whenReached, q.current, q.previous, now);
                } else {
                    review = q.rules.review(standing, q.current, q.previous, now);
                }
                q.standing.qualified(review.getStanding());
                q.standing.setReviewedAt(Date.from(now));
                TierChangeReason reason = review.getReason() == null ? TierChangeReason.TIER_WITHDRAWN
                        : review.getReason();
                return apply(q, account, reason, describe(q, now), null, null, false, now);
            }
        });
    }

    @Override
    public TierChangeImpl setManualTier(final long accountId, final ManualMode mode, final String tierCode,
                                        final String adminUser, final String note) {
        if (note == null || note.trim().isEmpty()) {
            throw new IllegalArgumentException("Setting a tier by hand needs a note saying why");
        }
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new IllegalArgumentException("Setting a tier by hand records the admin user");
        }
        final LoyaltyProgram programme = programmes.findProgramme();
        return transactions.run(new TransactionCallback<TierChangeImpl>() {
            @Override
            public TierChangeImpl doInTransaction(TransactionStatus status) {
                ledger.lockAccount(accountId);
                LoyaltyAccount account = dao.account(accountId);
                if (account == null) {
                    throw new IllegalArgumentException("There is no loyalty account " + accountId);
                }
                Instant now = clock.instant();
                Qualifying q = qualifying(programme, account, now);
                if (mode != null && q.rules.getLadder().find(tierCode) == null) {
                    throw new IllegalArgumentException("There is no active tier " + tierCode);
                }
                TierQualification.Review review = q.rules.review(q.standing.qualified(), q.current, q.previous, now);
                q.standing.qualified(review.getStanding());
                q.standing.setReviewedAt(Date.from(now));
                q.standing.manual(mode, tierCode, note.trim(), adminUser.trim());
                String detail = mode == null ? "Tier follows qualification again" : mode + " " + tierCode;
                return apply(q, account, mode == null ? TierChangeReason.MANUAL_CLEARED : TierChangeReason.MANUAL,
                        detail, note.trim(), adminUser.trim(), true, now);
            }
        });
    }

    /**
     * Sets the member's tier from qualification and the manual tier, records a change, rewards a tier reached (its
     * points and its coupons).
     */
    private TierChangeImpl apply(Qualifying q, LoyaltyAccount account, TierChangeReason reason, String detail,
                                 String note, String adminUser, boolean alwaysRecord, Instant now) {
        TierLadder ladder = q.rules.getLadder();
        TierLevel before = ladder.find(account.getTierCode());
        TierLevel after = ladder.effective(ladder.find(q.standing.qualified().getTierCode()),
                q.standing.getManualMode(), q.standing.getManualTierCode());
        String afterCode = after == null ? null : after.getCode();
        boolean changed = afterCode == null ? account.getTierCode() != null : !afterCode.equals(account.getTierCode());
        TierChangeImpl change = null;
        if (changed || alwaysRecord) {
            String fromCode = account.getTierCode();
            account.setTierCode(afterCode);
            change = new TierChangeImpl(account.getId(), fromCode, afterCode, reason, detail, note, adminUser,
                    Date.from(now));
            dao.persist(change);
        }
        dao.flush();
        if (changed && after != null && TierLadder.rankOf(after) > TierLadder.rankOf(before)) {
            reward(account, q.tiers.get(afterCode), q.programmeRules, now);
            coupons.tierReached(account, afterCode, now);
        }
        return change;
    }

    /** The points of a tier reached, once per tier and member whatever the member's ups and downs. */
    private void reward(LoyaltyAccount account, LoyaltyTier tier, ProgrammeRules rules, Instant now) {
        if (tier == null || tier.getWelcomePoints() <= 0) {
            return;
        }
        ledger.earn(account.getId(), tier.getWelcomePoints(), now, rules.expiresAt(now),
                EntrySource.tierReached(tier.getName()), "tier-reached:" + account.getId() + ":" + tier.getCode());
    }

    @Override
    public TierProgress progress(final long accountId) {
        final LoyaltyProgram programme = programmes.findProgramme();
        return transactions.run(new TransactionCallback<TierProgress>() {
            @Override
            public TierProgress doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = dao.account(accountId);
                if (account == null) {
                    return null;
                }
                Instant now = clock.instant();
                Qualifying q = qualifying(programme, account, now);
                TierLevel effective = q.rules.getLadder().find(account.getTierCode());
                return q.rules.progress(effective, q.standing.getManualMode(), q.standing.qualified(), q.current, now);
            }
        });
    }

    @Override
    public TierStandingImpl standing(final long accountId) {
        return transactions.run(new TransactionCallback<TierStandingImpl>() {
            @Override
            public TierStandingImpl doInTransaction(TransactionStatus status) {
                return dao.findStanding(accountId);
            }
        });
    }

    @Override
    public List<TierChangeImpl> changes(final long accountId, final int limit) {
        return transactions.run(new TransactionCallback<List<TierChangeImpl>>() {
            @Override
            public List<TierChangeImpl> doInTransaction(TransactionStatus status) {
                return dao.changes(accountId, limit);
            }
        });
    }

    @Override
    public List<Long> membersToReview(final Instant reviewedBefore, final int limit) {
        return transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.membersToReview(Date.from(reviewedBefore), limit);
            }
        });
    }

    @Override
    public TierQualification rules() {
        final LoyaltyProgram programme = programmes.findProgramme();
        return transactions.run(new TransactionCallback<TierQualification>() {
            @Override
            public TierQualification doInTransaction(TransactionStatus status) {
                return rules(programme, activeTiers());
            }
        });
    }

    private Map<String, LoyaltyTier> activeTiers() {
        Map<String, LoyaltyTier> active = new java.util.LinkedHashMap<String, LoyaltyTier>();
        for (LoyaltyTier tier : tiers.findAll()) {
            if (tier.isActive()) {
                active.put(tier.getCode(), tier);
            }
        }
        return active;
    }

    private static TierQualification rules(LoyaltyProgram programme, Map<String, LoyaltyTier> tiers) {
        List<TierLevel> levels = new ArrayList<TierLevel>();
        for (LoyaltyTier tier : tiers.values()) {
            levels.add(new TierLevel(tier.getCode(), tier.getRank(), tier.getPointsToQualify(), tier.getAmountToQualify()));
        }
        return new TierQualification(new TierLadder(levels), QualificationBasis.named(programme.getTierBasis()),
                QualificationPeriod.named(programme.getTierPeriod()), programme.toRules().zone());
    }

    /** Everything a review needs, read under the account lock. */
    private Qualifying qualifying(LoyaltyProgram programme, LoyaltyAccount account, Instant now) {
        Qualifying q = new Qualifying();
        q.tiers = activeTiers();
        q.rules = rules(programme, q.tiers);
        q.programmeRules = programme.toRules();
        q.standing = dao.findStanding(account.getId());
        if (q.standing == null) {
            q.standing = new TierStandingImpl(account.getId());
            // A member put in a tier before qualification existed keeps it like one who just reached it.
            if (account.getTierCode() != null) {
                q.standing.qualified(new TierStanding(account.getTierCode(),
                        q.rules.getPeriod().keptUntil(now, q.rules.getZone())));
            }
            dao.persist(q.standing);
        }
        QualificationPeriod period = q.rules.getPeriod();
        Instant start = period.start(now, q.rules.getZone());
        q.periodStart = start;
        // Up to and including this moment: points that became available just now count.
        q.current = measure(account.getId(), q.rules.getBasis(), start, now.plusMillis(1), q.programmeRules);
        Instant previousStart = period.previousStart(now, q.rules.getZone());
        q.previous = previousStart == null ? null
                : measure(account.getId(), q.rules.getBasis(), previousStart, start, q.programmeRules);
        return q;
    }

    /**
     * Points earned or money spent that became available in {@code [from, to)}: an order counts once its return
     * window has passed, like its points, and what was returned or cancelled does not count.
     */
    private Measure measure(long accountId, QualificationBasis basis, Instant from, Instant to, ProgrammeRules rules) {
        if (basis == QualificationBasis.POINTS_EARNED) {
            return new Measure(dao.pointsEarned(accountId, Date.from(from), Date.from(to),
                    TierCounting.pointsEarnedReasons()), BigDecimal.ZERO);
        }
        // Money spent: what orders paid for their merchandise with money (TierCounting.countsAsMoneySpent: only
        // ORDER earnings carry an amount), read from the orders' earnings.
        BigDecimal spent = BigDecimal.ZERO;
        Instant earliest = from.atZone(rules.zone()).minusDays(rules.getPendingDays() + 1L).toInstant();
        List<OrderEarningImpl> orders = dao.earnedOrders(accountId, Date.from(earliest));
        Map<Long, Instant> windowsEnded = new HashMap<Long, Instant>();
        List<Long> orderIds = new ArrayList<Long>();
        for (OrderEarningImpl order : orders) {
            orderIds.add(order.getOrderId());
        }
        for (ReturnWindowEndImpl ended : returns.windowEndsOf(orderIds)) {
            windowsEnded.put(ended.getOrderId(), ended.getEndedAt().toInstant());
        }
        for (OrderEarningImpl order : orders) {
            // Past its return window like its points: after the pending days, or once an admin ended the window.
            Instant available = ReturnWindow.pendingUntil(rules.availableAt(order.getEarnedAt().toInstant()),
                    windowsEnded.get(order.getOrderId()));
            if (available.isBefore(from) || !available.isBefore(to)) {
                continue;
            }
            Map<Long, Integer> returned = new HashMap<Long, Integer>();
            for (OrderReturnImpl r : returns.returnsOf(order.getOrderId())) {
                for (OrderReturnLineImpl line : r.getLines()) {
                    Integer before = returned.get(line.getOrderItemId());
                    returned.put(line.getOrderItemId(), (before == null ? 0 : before) + line.getQuantity());
                }
            }
            for (Earning.Line line : order.domainLines()) {
                Integer back = returned.get(line.getLineId());
                int kept = line.getQuantity() - (back == null ? 0 : Math.min(back, line.getQuantity()));
                if (kept > 0 && line.getQuantity() > 0) {
                    spent = spent.add(line.getEligibleAmount().multiply(BigDecimal.valueOf(kept))
                            .divide(BigDecimal.valueOf(line.getQuantity()), MathContext.DECIMAL64));
                }
            }
        }
        return new Measure(0, spent.setScale(2, BigDecimal.ROUND_DOWN));
    }

    private static String describe(Qualifying q, Instant now) {
        String measured = q.rules.getBasis() == QualificationBasis.MONEY_SPENT
                ? q.current.getAmountSpent().toPlainString() + " spent"
                : q.current.getPointsEarned() + " points earned";
        String text = measured + " from " + q.periodStart.atZone(q.rules.getZone()).toLocalDate() + " to "
                + now.atZone(q.rules.getZone()).toLocalDate();
        if (q.previous != null) {
            text += "; the year before: " + (q.rules.getBasis() == QualificationBasis.MONEY_SPENT
                    ? q.previous.getAmountSpent().toPlainString() + " spent"
                    : q.previous.getPointsEarned() + " points earned");
        }
        return text;
    }

    private static final class Qualifying {
        Map<String, LoyaltyTier> tiers;
        TierQualification rules;
        ProgrammeRules programmeRules;
        TierStandingImpl standing;
        Instant periodStart;
        Measure current;
        Measure previous;
    }
}
