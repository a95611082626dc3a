package io.loyaltyclub.reward.service;

import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.ledger.domain.InsufficientPointsException;
import io.loyaltyclub.ledger.service.AccountNotActiveException;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.ledger.service.PostingResult;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.reward.broadleaf.RewardOffers;
import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.domain.RewardRefusal;
import io.loyaltyclub.reward.domain.RewardTerms;
import io.loyaltyclub.reward.persistence.Reward;
import io.loyaltyclub.reward.persistence.RewardDao;
import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyRewardCatalogue")
public class RewardCatalogueImpl implements RewardCatalogue {

    /** The prefix of the members' codes of coupon rewards. */
    static final String CODE_PREFIX = "REWARD";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final Log LOG = LogFactory.getLog(RewardCatalogueImpl.class);

    @Resource(name = "loyaltyRewardDao")
    protected RewardDao dao;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Resource(name = "loyaltyRewardOffers")
    protected RewardOffers rewardOffers;

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
    public List<RewardView> catalogueFor(final long customerId) {
        final Instant now = clock.instant();
        return transactions.run(new TransactionCallback<List<RewardView>>() {
            @Override
            public List<RewardView> doInTransaction(TransactionStatus status) {
                List<RewardView> views = new ArrayList<RewardView>();
                LoyaltyAccount account = accounts.findByCustomer(customerId);
                MemberStanding standing = tiers.standingOf(customerId);
                long available = account == null ? 0 : ledger.balance(account.getId()).getAvailable();
                for (Reward reward : dao.activeRewards()) {
                    if (reward.getKind() == null
                            || reward.getAvailableUntil() != null && !now.isBefore(reward.getAvailableUntil())) {
                        continue;
                    }
                    RewardRefusal refusal = account == null || !account.isActive() ? RewardRefusal.NOT_A_MEMBER
                            : reward.terms().refusal(now, admits(reward, standing), available);
                    views.add(new RewardView(reward.getId(), reward.getName(), reward.getDescription(),
                            reward.getKind(), reward.getPointsCost(), reward.getAmount(),
                            reward.getProduct() == null ? null : reward.getProduct().getName(),
                            reward.getTier() == null ? null : reward.getTier().getName(), reward.getStock(),
                            reward.getAvailableFrom(), reward.getAvailableUntil(), refusal));
                }
                return views;
            }
        });
    }

    @Override
    public Redeemed redeem(final long customerId, final long rewardId, final Long expectedCost, final String token) {
        if (!isWellFormedToken(token)) {
            throw new RewardRefusedException(RewardRefusal.STALE_FORM);
        }
        final Instant now = clock.instant();
        return transactions.run(new TransactionCallback<Redeemed>() {
            @Override
            public Redeemed doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = accounts.findByCustomer(customerId);
                if (account == null) {
                    throw new RewardRefusedException(RewardRefusal.NOT_A_MEMBER);
                }
                Redeemed before = replay(account.getId(), rewardId, token);
                if (before != null) {
                    return before;
                }
                // Always the reward first, then the member's points: two redemptions never wait on each other
                // the other way round.
                Reward reward = dao.lock(rewardId);
                if (reward == null) {
                    throw new RewardRefusedException(RewardRefusal.UNAVAILABLE);
                }
                ledger.lockAccount(account.getId());
                // A post of the same form may have committed while this one waited for the locks.
                before = replay(account.getId(), rewardId, token);
                if (before != null) {
                    return before;
                }
                account = accounts.find(account.getId());
                if (!account.isActive()) {
                    throw new RewardRefusedException(RewardRefusal.NOT_A_MEMBER);
                }
                if (expectedCost != null && !expectedCost.equals(reward.getPointsCost())) {
                    throw new RewardRefusedException(RewardRefusal.STALE_FORM);
                }
                RewardTerms terms = reward.terms();
                long available = ledger.balance(account.getId()).getAvailable();
                RewardRefusal refusal = terms.refusal(now, admits(reward, tiers.standingOf(customerId)), available);
                if (refusal != null) {
                    throw refused(refusal, reward, available);
                }
                PostingResult paid;
                try {
                    paid = ledger.redeem(account.getId(), terms.getPointsCost(), EntrySource.reward(reward.getName()),
                            "reward:" + account.getId() + ":" + token);
                } catch (InsufficientPointsException e) {
                    throw refused(RewardRefusal.NOT_ENOUGH_POINTS, reward, e.getAvailable());
                } catch (AccountNotActiveException e) {
                    throw new RewardRefusedException(RewardRefusal.NOT_A_MEMBER);
                }
                if (reward.getStock() != null) {
                    reward.setStock(reward.getStock() - 1);
                }
                RewardRedemptionImpl redemption = new RewardRedemptionImpl(reward.getId(), account.getId(),
                        account.getCustomerId(), token, reward.getName(), reward.getKind(), terms.getPointsCost(),
                        paid.getEntry().getId(), Date.from(now));
                dao.persist(redemption);
                dao.flush();
                if (reward.getKind().isCoupon()) {
                    Offer offer = rewardOffers.offerFor(reward, now);
                    int days = reward.getCouponValidDays() == null ? 90 : reward.getCouponValidDays();
                    redemption.coupon(coupons.issueCode(account, offer, "reward:" + redemption.getId(),
                            reward.getName(), CODE_PREFIX, days, now));
                }
                dao.flush();
                LOG.info("Loyalty account " + account.getId() + " redeemed reward " + reward.getId() + " ("
                        + reward.getName() + ") for " + terms.getPointsCost() + " points");
                return new Redeemed(redemption, false);
            }
        });
    }

    /** The redemption an earlier post of this form made, or null; another reward's form token is refused. */
    private Redeemed replay(long accountId, long rewardId, String token) {
        RewardRedemptionImpl earlier = dao.findRedemption(accountId, token);
        if (earlier == null) {
            return null;
        }
        if (earlier.getRewardId() != rewardId) {
            throw new RewardRefusedException(RewardRefusal.TOKEN_USED);
        }
        return new Redeemed(earlier, true);
    }

    private boolean admits(Reward reward, MemberStanding standing) {
        return reward.getTier() == null
                || tiers.requirementOf(reward.getTier().getCode()).admits(standing.isMember(), standing.getRank());
    }

    private static RewardRefusedException refused(RewardRefusal refusal, Reward reward, long available) {
        switch (refusal) {
            case TIER_TOO_LOW:
                return new RewardRefusedException(refusal, reward.getTier().getName());
            case NOT_ENOUGH_POINTS:
                return new RewardRefusedException(refusal, reward.getPointsCost(), available);
            case NOT_YET:
                return new RewardRefusedException(refusal, reward.getAvailableFrom());
            default:
                return new RewardRefusedException(refusal);
        }
    }

    @Override
    public List<RewardRedemptionImpl> redemptionsOf(final long accountId, final int limit) {
        return transactions.run(new TransactionCallback<List<RewardRedemptionImpl>>() {
            @Override
            public List<RewardRedemptionImpl> doInTransaction(TransactionStatus status) {
                return dao.redemptionsOf(accountId, limit);
            }
        });
    }

    @Override
    public List<RewardRedemptionImpl> invitations(final int limit) {
        return transactions.run(new TransactionCallback<List<RewardRedemptionImpl>>() {
            @Override
            public List<RewardRedemptionImpl> doInTransaction(TransactionStatus status) {
                return dao.invitations(limit);
            }
        });
    }

    @Override
    public boolean markFulfilled(final long redemptionId, final String adminUser) {
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new IllegalArgumentException("A fulfilment records the admin user who made it");
        }
        final Instant now = clock.instant();
        return transactions.run(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                if (dao.markFulfilled(redemptionId, Date.from(now), adminUser.trim()) == 1) {
                    return true;
                }
                RewardRedemptionImpl redemption = dao.findRedemption(redemptionId);
                if (redemption == null || redemption.getKind() != RewardKind.EVENT_INVITATION) {
                    throw new IllegalArgumentException("There is no invitation " + redemptionId);
                }
                return false;
            }
        });
    }

    @Override
    public boolean isWellFormedToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }
}
