package io.loyaltyclub.tier.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.EntityWrites;
import io.loyaltyclub.platform.KeptInMemory;
import io.loyaltyclub.platform.Refresher;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.tier.domain.TierRequirement;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import io.loyaltyclub.tier.persistence.TierDao;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Tiers, and which one a member is in. A member's tier ({@link #tierOf}, {@link #requirementOf}: every API read,
 * earning, price and page of a member) comes from the tiers kept in memory, by code, as the programme settings are:
 *
 * <ul>
 *   <li>A tier written on this JVM (by the admin, {@link TierDao#save}, anything through JPA: {@link EntityWrites})
 *   makes this node forget what it keeps once the write commits; the next call reads the tiers again.</li>
 *   <li>The club's {@link Refresher} reads them again every {@code loyalty.tiers.refreshSeconds} (10), so that a
 *   tier saved on another node (the admin is a JVM of its own) counts here within that time.</li>
 *   <li>A code not kept (a tier made since the last read, or none) is looked up, in the caller's transaction.</li>
 * </ul>
 * {@link #tiers()} and {@link #findTier} read the database as before: lists and forms, not every request.
 */
@Service("loyaltyTierService")
public class TierServiceImpl implements TierService {

    @Resource(name = "loyaltyTierDao")
    protected TierDao dao;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "loyaltyRefresher")
    protected Refresher refresher;

    /** How often this node reads the tiers again: the longest a tier saved on another node takes to count here. */
    @Value("${loyalty.tiers.refreshSeconds:10}")
    protected long refreshSeconds = 10;

    protected Transactions transactions;
    /** Detached copies of every tier by code, as last read. */
    protected KeptInMemory<Map<String, LoyaltyTierImpl>> kept;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
        kept = new KeptInMemory<Map<String, LoyaltyTierImpl>>(refresher, "the tiers", refreshSeconds,
                LoyaltyTierImpl.class, this::readTiers);
    }

    @PreDestroy
    public void stop() {
        if (kept != null) {
            kept.close();
        }
    }

    /** Every stored tier by code, as detached copies, read in the caller's transaction when it has one. */
    protected Map<String, LoyaltyTierImpl> readTiers() {
        return transactions.run(status -> {
            Map<String, LoyaltyTierImpl> read = new HashMap<String, LoyaltyTierImpl>();
            for (LoyaltyTier tier : dao.findAll()) {
                read.put(tier.getCode(), ((LoyaltyTierImpl) tier).detachedCopy());
            }
            return read;
        });
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
        LoyaltyTier tier = keptActiveTier(tierCode);
        return tier == null ? TierRequirement.nobody(tierCode) : TierRequirement.atRank(tier.getRank(), tier.getName());
    }

    /** The tier with this code, or null when there is none or it is switched off: a copy of the one kept. */
    private LoyaltyTier activeTier(String code) {
        LoyaltyTier tier = keptActiveTier(code);
        return tier instanceof LoyaltyTierImpl ? ((LoyaltyTierImpl) tier).detachedCopy() : tier;
    }

    /**
     * The tier with this code, or null when there is none or it is switched off: the one kept itself (never handed
     * out; a requirement reads its rank and name only), or the one read when the code is not kept.
     */
    private LoyaltyTier keptActiveTier(String code) {
        if (code == null) {
            return null;
        }
        LoyaltyTier tier = kept.get().get(code);
        if (tier == null) {
            tier = findTier(code);
        }
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
