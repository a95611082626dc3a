package io.loyaltyclub.tier.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.tier.domain.TierRequirement;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.TierDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyTierService")
public class TierServiceImpl implements TierService {

    @Resource(name = "loyaltyTierDao")
    protected TierDao dao;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    public List<LoyaltyTier> tiers() {
        return transactions.run(new TransactionCallback<List<LoyaltyTier>>() {
            @Override
            public List<LoyaltyTier> doInTransaction(TransactionStatus status) {
                List<LoyaltyTier> active = new ArrayList<LoyaltyTier>();
                for (LoyaltyTier tier : dao.findAll()) {
                    if (tier.isActive()) {
                        active.add(tier);
                    }
                }
                return active;
            }
        });
    }

    @Override
    public LoyaltyTier findTier(final String code) {
        if (code == null) {
            return null;
        }
        return transactions.run(new TransactionCallback<LoyaltyTier>() {
            @Override
            public LoyaltyTier doInTransaction(TransactionStatus status) {
                return dao.findByCode(code);
            }
        });
    }

    @Override
    public LoyaltyTier currentTierOf(Long customerId) {
        if (customerId == null) {
            return null;
        }
        return tierOf(memberships.findByCustomer(customerId));
    }

    @Override
    public LoyaltyTier tierOf(LoyaltyAccount account) {
        if (account == null || !account.isActive() || account.getTierCode() == null) {
            return null;
        }
        return activeTier(account.getTierCode());
    }

    @Override
    public TierRequirement requirementOf(String tierCode) {
        LoyaltyTier tier = activeTier(tierCode);
        return tier == null ? TierRequirement.nobody(tierCode) : TierRequirement.atRank(tier.getRank(), tier.getName());
    }

    /** The tier with this code, or null when there is none or it is switched off. */
    private LoyaltyTier activeTier(String code) {
        LoyaltyTier tier = findTier(code);
        return tier != null && tier.isActive() ? tier : null;
    }

    @Override
    public MemberStanding standingOf(Long customerId) {
        if (customerId == null) {
            return MemberStanding.outsider();
        }
        LoyaltyAccount account = memberships.findByCustomer(customerId);
        if (account == null || !account.isActive()) {
            return MemberStanding.outsider();
        }
        return MemberStanding.member(tierOf(account));
    }
}
