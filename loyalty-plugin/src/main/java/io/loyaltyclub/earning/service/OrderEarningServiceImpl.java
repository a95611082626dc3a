package io.loyaltyclub.earning.service;

import io.loyaltyclub.earning.broadleaf.OrderLines;
import io.loyaltyclub.earning.domain.EarnCampaign;
import io.loyaltyclub.earning.domain.EarnRule;
import io.loyaltyclub.earning.domain.Earning;
import io.loyaltyclub.earning.domain.EarningPolicy;
import io.loyaltyclub.earning.persistence.EarningCampaign;
import io.loyaltyclub.earning.persistence.EarningDao;
import io.loyaltyclub.earning.persistence.EarningRule;
import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import io.loyaltyclub.earning.persistence.OrderEarningState;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.redeeming.broadleaf.PointsPayments;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.TierQualificationService;
import io.loyaltyclub.tier.service.TierService;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyOrderEarningService")
public class OrderEarningServiceImpl implements OrderEarningService {

    private static final Log LOG = LogFactory.getLog(OrderEarningServiceImpl.class);

    @Resource(name = "loyaltyEarningDao")
    protected EarningDao dao;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService tierQualification;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /** The ledger key of an order's earning; the attempt counts checkouts rolled back before. */
    static String earnKey(long orderId, int attempt) {
        return "earn:order:" + orderId + "#" + attempt;
    }

    @Override
    public OrderEarningImpl earnFor(Order order) {
        if (order == null || order.getId() == null || order.getCustomer() == null || order.getCustomer().getId() == null) {
            return null;
        }
        LoyaltyProgram programme = programmes.findProgramme();
        if (!programme.isActive()) {
            return null;
        }
        final LoyaltyAccount account = memberships.findByCustomer(order.getCustomer().getId());
        if (account == null || !account.isActive()) {
            return null;
        }
        final ProgrammeRules rules = programme.toRules();
        final long orderId = order.getId();
        final String orderNumber = order.getOrderNumber();
        final Instant placedAt = order.getSubmitDate() == null ? clock.instant() : order.getSubmitDate().toInstant();
        LoyaltyTier tier = tiers.tierOf(account);
        BigDecimal tierMultiplier = tier == null || tier.getEarnMultiplier() == null ? BigDecimal.ONE
                : tier.getEarnMultiplier();
        final Earning earning = policy(rules).earn(OrderLines.of(order), PointsPayments.amountOf(order),
                tierMultiplier, placedAt);
        OrderEarningImpl earned = transactions.run(new TransactionCallback<OrderEarningImpl>() {
            @Override
            public OrderEarningImpl doInTransaction(TransactionStatus status) {
                OrderEarningImpl record = dao.findForOrder(orderId);
                if (record != null && record.getState() == OrderEarningState.EARNED) {
                    return record;
                }
                if (record == null) {
                    record = dao.save(new OrderEarningImpl(orderId, account.getId(), Date.from(clock.instant())));
                    // A second checkout thread of the same order fails here on the unique order and is run again.
                    dao.flush();
                }
                Long entryId = null;
                if (earning.getPoints() > 0) {
                    entryId = ledger.earn(account.getId(), earning.getPoints(), rules.availableAt(placedAt),
                            rules.expiresAt(placedAt), EntrySource.order(EntryReason.ORDER, orderId, orderNumber),
                            earnKey(orderId, record.getAttempt() + 1)).getEntry().getId();
                }
                record.earned(earning, entryId, Date.from(clock.instant()));
                return dao.save(record);
            }
        });
        if (rules.getPendingDays() == 0) {
            // Points available at once: they may reach a tier now rather than at the next review.
            tierQualification.review(account.getId());
        }
        return earned;
    }

    @Override
    public void rollBack(final long orderId) {
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                OrderEarningImpl record = dao.findForOrder(orderId);
                if (record == null || record.getState() != OrderEarningState.EARNED) {
                    return null;
                }
                if (record.getEarnEntryId() != null) {
                    LedgerEntry earned = ledger.findEntry(record.getEarnEntryId());
                    ledger.reverseEarn(earned.getId(), earned.getPoints(),
                            EntrySource.order(EntryReason.CHECKOUT_FAILED, orderId, earned.getReference()),
                            earnKey(orderId, record.getAttempt()) + ":rollback");
                }
                record.rolledBack();
                dao.save(record);
                return null;
            }
        });
    }

    @Override
    public OrderEarningImpl findForOrder(final long orderId) {
        return transactions.run(new TransactionCallback<OrderEarningImpl>() {
            @Override
            public OrderEarningImpl doInTransaction(TransactionStatus status) {
                return dao.findForOrder(orderId);
            }
        });
    }

    @Override
    public int earnMissed(final Instant since, final int limit) {
        List<Long> missed = transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.submittedMemberOrdersWithoutEarning(Date.from(since), limit);
            }
        });
        int earned = 0;
        for (Long orderId : missed) {
            try {
                if (earnFor(orders.findOrderById(orderId)) != null) {
                    earned++;
                }
            } catch (RuntimeException e) {
                LOG.error("Could not credit the points of order " + orderId + "; the next run tries again", e);
            }
        }
        return earned;
    }

    /** The base rate with the earning rules and campaigns the admin has switched on. */
    protected EarningPolicy policy(final ProgrammeRules rules) {
        return transactions.run(new TransactionCallback<EarningPolicy>() {
            @Override
            public EarningPolicy doInTransaction(TransactionStatus status) {
                List<EarnRule> earnRules = new ArrayList<EarnRule>();
                for (EarningRule rule : dao.activeRules()) {
                    EarnRule domain = rule.toDomain();
                    if (domain != null) {
                        earnRules.add(domain);
                    }
                }
                List<EarnCampaign> campaigns = new ArrayList<EarnCampaign>();
                for (EarningCampaign campaign : dao.activeCampaigns()) {
                    EarnCampaign domain = campaign.toDomain();
                    if (domain != null) {
                        campaigns.add(domain);
                    }
                }
                return new EarningPolicy(rules.getPointsPerCurrencyUnit(), earnRules, campaigns);
            }
        });
    }
}
