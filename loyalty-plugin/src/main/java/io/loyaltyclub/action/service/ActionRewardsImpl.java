package io.loyaltyclub.action.service;

import io.loyaltyclub.action.domain.ActionCaps;
import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.domain.GrantOutcome;
import io.loyaltyclub.action.persistence.ActionDao;
import io.loyaltyclub.action.persistence.ActionGrantImpl;
import io.loyaltyclub.action.persistence.ActionRule;
import io.loyaltyclub.action.persistence.ActionRuleImpl;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.ledger.service.PostingResult;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.platform.EntityWrites;
import io.loyaltyclub.platform.KeptInMemory;
import io.loyaltyclub.platform.Refresher;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Rewards for actions. The rules ({@link #rule}, {@link #rules}: the review and share parts of every product page, the
 * members' area) are kept in memory, as the tiers are: a rule written on this JVM (the admin's form,
 * {@link #saveRule}, anything through JPA: {@link EntityWrites}) makes it forget them once the write commits, and the
 * club's {@link Refresher} reads them again every {@code loyalty.actionRules.refreshSeconds} (10), so that a rule saved
 * on another node counts here within that time. A grant reads its rule afresh, under the member's lock.
 */
@Service("loyaltyActionRewards")
public class ActionRewardsImpl implements ActionRewards {

    /** Longest occurrence key kept (longer ones are refused: a caller's mistake). */
    static final int MAX_OCCURRENCE_LENGTH = 150;

    @Resource(name = "loyaltyActionDao")
    protected ActionDao dao;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "loyaltyRefresher")
    protected Refresher refresher;

    /** How often this node reads the rules again: the longest a rule saved on another node takes to count here. */
    @Value("${loyalty.actionRules.refreshSeconds:10}")
    protected long refreshSeconds = 10;

    protected Transactions transactions;
    /** Detached copies of every stored rule by action, as last read. */
    protected KeptInMemory<Map<String, ActionRuleImpl>> kept;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
        kept = new KeptInMemory<Map<String, ActionRuleImpl>>(refresher, "the action rules", refreshSeconds,
                ActionRuleImpl.class, this::readRules);
    }

    @PreDestroy
    public void stop() {
        if (kept != null) {
            kept.close();
        }
    }

    /** Every stored rule by action, as detached copies, read in the caller's transaction when it has one. */
    private Map<String, ActionRuleImpl> readRules() {
        return transactions.run(status -> {
            Map<String, ActionRuleImpl> byType = new HashMap<String, ActionRuleImpl>();
            for (ActionRule rule : dao.findRules()) {
                byType.put(rule.getActionType(), ((ActionRuleImpl) rule).detachedCopy());
            }
            return byType;
        });
    }

    /** The ledger key of a reward's points: one posting per reward row. */
    public static String ledgerKey(long grantId) {
        return "action:" + grantId;
    }

    @Override
    public ActionGrantResult grant(long accountId, ActionType type, String occurrenceKey, String reference) {
        return post(accountId, type, occurrenceKey, reference, null);
    }

    @Override
    public ActionGrantResult grantForOrder(long accountId, ActionType type, String occurrenceKey, long orderId,
                                           String reference) {
        return post(accountId, type, occurrenceKey, reference, orderId);
    }

    private ActionGrantResult post(final long accountId, final ActionType type, final String occurrenceKey,
                                   final String reference, final Long orderId) {
        if (type == null) {
            throw new IllegalArgumentException("An action reward needs its action");
        }
        if (occurrenceKey == null || occurrenceKey.trim().isEmpty() || occurrenceKey.length() > MAX_OCCURRENCE_LENGTH) {
            throw new IllegalArgumentException("An action reward needs an occurrence key of 1 to "
                    + MAX_OCCURRENCE_LENGTH + " characters");
        }
        final ProgrammeRules rules = programmes.findProgramme().toRules();
        ensureRule(type); // from memory once it exists
        return transactions.run(new TransactionCallback<ActionGrantResult>() {
            @Override
            public ActionGrantResult doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = accounts.find(accountId);
                if (account == null || !account.isActive()) {
                    return new ActionGrantResult(type, GrantOutcome.NOT_A_MEMBER, 0, null, null);
                }
                // From here on, one grant of this member at a time: the count of earlier grants below cannot
                // change before this one is recorded.
                ledger.lockAccount(accountId);
                ActionGrantImpl earlier = dao.findGrant(accountId, type.name(), occurrenceKey);
                if (earlier != null) {
                    return new ActionGrantResult(type, GrantOutcome.ALREADY_GRANTED, earlier.getPoints(), null,
                            earlier.getLedgerEntryId());
                }
                ActionRule rule = dao.findRule(type.name());
                if (rule == null || !rule.isActive() || rule.getPoints() <= 0) {
                    return new ActionGrantResult(type, GrantOutcome.NOT_OFFERED, 0, null, null);
                }
                Instant now = clock.instant();
                List<Instant> times = new ArrayList<Instant>();
                for (Date at : dao.grantTimes(accountId, type.name())) {
                    times.add(at.toInstant());
                }
                ActionCaps.Period reached = rule.caps().reached(times, now, rules.zone());
                if (reached != null) {
                    return new ActionGrantResult(type, GrantOutcome.CAPPED, 0, reached, null);
                }
                ActionGrantImpl grant = new ActionGrantImpl(accountId, type.name(), occurrenceKey, rule.getPoints(),
                        Date.from(now));
                grant.setOrderId(orderId);
                dao.persist(grant);
                dao.flush();
                // Never tied to the order in the ledger: the order is another customer's (a visitor's), and its
                // returns must not find this member's points among its entries.
                EntrySource source = EntrySource.action(type.reason(), reference);
                Instant availableAt = orderId == null ? now : rules.availableAt(now);
                PostingResult posted = ledger.earn(accountId, rule.getPoints(), availableAt, rules.expiresAt(now),
                        source, ledgerKey(grant.getId()));
                grant.setLedgerEntryId(posted.getEntry().getId());
                return new ActionGrantResult(type, GrantOutcome.GRANTED, rule.getPoints(), null,
                        posted.getEntry().getId());
            }
        });
    }

    @Override
    public boolean revoke(final long accountId, final ActionType type, final String occurrenceKey) {
        return transactions.run(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                if (accounts.find(accountId) == null) {
                    return false;
                }
                ledger.lockAccount(accountId);
                ActionGrantImpl grant = dao.findGrant(accountId, type.name(), occurrenceKey);
                if (grant == null) {
                    return false;
                }
                if (grant.getLedgerEntryId() != null) {
                    ledger.reverseEarn(grant.getLedgerEntryId(), grant.getPoints(),
                            EntrySource.action(type.reason(), null).withNote("Taken back: " + occurrenceKey),
                            "action-revoked:" + grant.getId());
                }
                dao.remove(grant);
                return true;
            }
        });
    }

    @Override
    public int revokeForOrder(final long orderId) {
        int revoked = 0;
        for (ActionGrantImpl grant : grantsOfOrder(orderId)) {
            if (revoke(grant.getAccountId(), ActionType.valueOf(grant.getActionType()), grant.getOccurrenceKey())) {
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public long endPendingPeriodForOrder(long orderId) {
        long available = 0;
        for (ActionGrantImpl grant : grantsOfOrder(orderId)) {
            if (grant.getLedgerEntryId() != null) {
                available += ledger.endPendingPeriod(grant.getLedgerEntryId());
            }
        }
        return available;
    }

    private List<ActionGrantImpl> grantsOfOrder(final long orderId) {
        return transactions.run(new TransactionCallback<List<ActionGrantImpl>>() {
            @Override
            public List<ActionGrantImpl> doInTransaction(TransactionStatus status) {
                return dao.grantsOfOrder(orderId);
            }
        });
    }

    @Override
    public boolean wasGranted(final long accountId, final ActionType type, final String occurrenceKey) {
        return transactions.run(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return dao.findGrant(accountId, type.name(), occurrenceKey) != null;
            }
        });
    }

    @Override
    public List<ActionGrantImpl> grantsOf(final long accountId, final ActionType type) {
        return transactions.run(new TransactionCallback<List<ActionGrantImpl>>() {
            @Override
            public List<ActionGrantImpl> doInTransaction(TransactionStatus status) {
                return dao.grantsOf(accountId, type.name());
            }
        });
    }

    @Override
    public List<ActionGrantImpl> grantsBetween(final ActionType type, final Instant from, final Instant to,
                                               final int limit) {
        return transactions.run(new TransactionCallback<List<ActionGrantImpl>>() {
            @Override
            public List<ActionGrantImpl> doInTransaction(TransactionStatus status) {
                return dao.grantsBetween(type.name(), Date.from(from), Date.from(to), limit);
            }
        });
    }

    @Override
    public ActionRule rule(ActionType type) {
        return ensureRule(type);
    }

    @Override
    public List<ActionRule> rules() {
        List<ActionRule> rules = new ArrayList<ActionRule>();
        for (ActionType type : ActionType.values()) {
            rules.add(ensureRule(type));
        }
        return rules;
    }

    @Override
    public ActionRule saveRule(final ActionRule rule) {
        return transactions.run(new TransactionCallback<ActionRule>() {
            @Override
            public ActionRule doInTransaction(TransactionStatus status) {
                return dao.saveRule(rule);
            }
        });
    }

    /**
     * The action's rule, a copy of the one kept; a rule not kept (none, or one made on another node since the last
     * read) is looked up, and a missing one is created switched off (two nodes at once: the unique type keeps one).
     */
    private ActionRule ensureRule(final ActionType type) {
        ActionRuleImpl found = kept.get().get(type.name());
        if (found != null) {
            return found.detachedCopy();
        }
        return transactions.run(new TransactionCallback<ActionRule>() {
            @Override
            public ActionRule doInTransaction(TransactionStatus status) {
                ActionRule existing = dao.findRule(type.name());
                if (existing != null) {
                    return existing;
                }
                ActionRule rule = suggested(type);
                dao.saveRule(rule);
                dao.flush();
                return rule;
            }
        });
    }

    /** The numbers a new rule starts with, switched off until the shop decides to reward the action. */
    static ActionRule suggested(ActionType type) {
        ActionRuleImpl rule = new ActionRuleImpl();
        rule.setActionType(type.name());
        rule.setActive(false);
        switch (type) {
            case NEWSLETTER:
                rule.setPoints(50);
                rule.setLifetime(1);
                break;
            case REVIEW:
                rule.setPoints(20);
                rule.setPerDay(2);
                rule.setPerMonth(10);
                break;
            case SHARE:
                rule.setPoints(30);
                rule.setPerDay(3);
                rule.setPerMonth(10);
                break;
            case PROFILE:
                rule.setPoints(25);
                rule.setLifetime(1);
                break;
            case BIRTHDAY:
            default:
                rule.setPoints(100);
                rule.setPerYear(1);
                break;
        }
        return rule;
    }
}
