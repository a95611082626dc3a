package io.loyaltyclub.tier.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.tier.domain.TierRequirement;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import io.loyaltyclub.tier.persistence.TierDao;
import io.loyaltyclub.tier.persistence.TierWrites;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Tiers, and which one a member is in. A member's tier ({@link #tierOf}, {@link #requirementOf}: every API read,
 * earning, price and page of a member) comes from the tiers kept in memory, by code, as the programme settings are:
 *
 * <ul>
 *   <li>A tier written on this JVM (by the admin, {@link TierDao#save}, anything through JPA: {@link TierWrites})
 *   makes this node forget what it keeps once the write commits; the next call reads the tiers again.</li>
 *   <li>A thread of this service reads them again every {@code loyalty.tiers.refreshSeconds} (10), so that a tier
 *   saved on another node (the admin is a JVM of its own) counts here within that time.</li>
 *   <li>A code not kept (a tier made since the last read, or none) is looked up, in the caller's transaction.</li>
 * </ul>
 * {@link #tiers()} and {@link #findTier} read the database as before: lists and forms, not every request.
 */
@Service("loyaltyTierService")
public class TierServiceImpl implements TierService {

    private static final Log LOG = LogFactory.getLog(TierServiceImpl.class);

    @Resource(name = "loyaltyTierDao")
    protected TierDao dao;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** How often this node reads the tiers again: the longest a tier saved on another node takes to count here. */
    @Value("${loyalty.tiers.refreshSeconds:10}")
    protected long refreshSeconds = 10;

    protected Transactions transactions;
    protected ScheduledExecutorService refresher;
    /** Detached copies of every tier by code, as last read; null until read, and once a tier is written here. */
    protected volatile Map<String, LoyaltyTierImpl> keptByCode;
    /** Counts the tier writes on this JVM, so that a read which began before one ended is not kept. */
    private long writes;
    private final Runnable forget = new Runnable() {
        @Override
        public void run() {
            synchronized (TierServiceImpl.this) {
                writes++;
                keptByCode = null;
            }
            if (!refresher.isShutdown()) {
                refresher.execute(new Runnable() {
                    @Override
                    public void run() {
                        refresh();
                    }
                });
            }
        }
    };

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
        refresher = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable work) {
                Thread thread = new Thread(work, "loyalty-tiers-refresh");
                thread.setDaemon(true);
                return thread;
            }
        });
        long seconds = Math.max(1, refreshSeconds);
        refresher.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                refresh();
            }
        }, seconds, seconds, TimeUnit.SECONDS);
        TierWrites.listen(forget);
    }

    @PreDestroy
    public void stop() {
        TierWrites.stopListening(forget);
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** Reads the tiers again (the refresher's thread: its own transaction and connection). */
    protected void refresh() {
        try {
            readAll();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the tiers again; keeping those read before: " + e);
        }
    }

    /** Every tier by code, read in the caller's transaction when it has one; kept unless a tier was written meanwhile. */
    private Map<String, LoyaltyTierImpl> readAll() {
        long seen;
        synchronized (this) {
            seen = writes;
        }
        Map<String, LoyaltyTierImpl> byCode = readTiers();
        synchronized (this) {
            if (writes == seen) {
                keptByCode = byCode;
            }
        }
        return byCode;
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
        LoyaltyTier tier = activeTier(tierCode);
        return tier == null ? TierRequirement.nobody(tierCode) : TierRequirement.atRank(tier.getRank(), tier.getName());
    }

    /** The tier with this code, or null when there is none or it is switched off: a copy of the one kept. */
    private LoyaltyTier activeTier(String code) {
        if (code == null) {
            return null;
        }
        Map<String, LoyaltyTierImpl> kept = keptByCode;
        if (kept == null) {
            kept = readAll();
        }
        LoyaltyTierImpl tier = kept.get(code);
        if (tier == null) {
            LoyaltyTier read = findTier(code);
            return read != null && read.isActive() ? read : null;
        }
        return tier.isActive() ? tier.detachedCopy() : null;
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
