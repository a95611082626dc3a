package io.loyaltyclub.coupon.service;

import io.loyaltyclub.coupon.domain.CouponCodes;
import io.loyaltyclub.coupon.domain.CouponOccasion;
import io.loyaltyclub.coupon.domain.CouponPlan;
import io.loyaltyclub.coupon.domain.CouponState;
import io.loyaltyclub.coupon.persistence.CouponRule;
import io.loyaltyclub.coupon.persistence.CouponUseImpl;
import io.loyaltyclub.coupon.persistence.MemberCouponDao;
import io.loyaltyclub.coupon.persistence.MemberCouponImpl;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyMemberCoupons")
public class MemberCouponsImpl implements MemberCoupons {

    /** How long a checkout's claim holds a coupon when its order never became more than a cart (a crash). */
    static final long CLAIM_MINUTES = 15;

    /**
     * The rule id of coupons issued for an occasion of another feature ({@link #issueCode}): no coupon rule has it
     * (ids are positive), and the occasion key says what the coupon is for.
     */
    static final long OWN_OCCASION = 0L;

    private static final Log LOG = LogFactory.getLog(MemberCouponsImpl.class);

    @Resource(name = "loyaltyMemberCouponDao")
    protected MemberCouponDao dao;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "blOfferCodeDao")
    protected OfferCodeDao offerCodes;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    protected CouponCodes codes = new CouponCodes();

    /** How long the storefront's banner trusts the sale-day rules it read. */
    static final long RULES_SECONDS = 10;

    private volatile CachedRules saleDayRules;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    public void joined(LoyaltyAccount account, Instant now) {
        for (CouponRule rule : dao.activeRules(CouponOccasion.JOINING.name())) {
            issue(rule, account, CouponOccasion.JOINING.key(null, null), now, zone());
        }
    }

    @Override
    public void tierReached(LoyaltyAccount account, String tierCode, Instant now) {
        for (CouponRule rule : dao.activeRules(CouponOccasion.TIER_REACHED.name())) {
            if (rule.getTier() != null && tierCode.equals(rule.getTier().getCode())) {
                issue(rule, account, CouponOccasion.TIER_REACHED.key(tierCode, null), now, zone());
            }
        }
    }

    @Override
    public int issueSaleDayCoupons(final Instant now, int limit) {
        final ZoneId zone = zone();
        List<CouponRule> rules = transactions.run(new TransactionCallback<List<CouponRule>>() {
            @Override
            public List<CouponRule> doInTransaction(TransactionStatus status) {
                return dao.activeRules(CouponOccasion.SALE_DAY.name());
            }
        });
        int issued = 0;
        for (final CouponRule rule : rules) {
            if (!CouponPlan.isSaleDay(rule.getSaleDay(), now, zone) || !usable(rule.getOffer())) {
                continue;
            }
            final String key = CouponOccasion.SALE_DAY.key(null, rule.getSaleDay());
            final List<String> invited = invitedTiers(rule.getTier());
            List<Long> due = transactions.run(new TransactionCallback<List<Long>>() {
                @Override
                public List<Long> doInTransaction(TransactionStatus status) {
                    return dao.accountsWithout(rule.getId(), key, invited, limit);
                }
            });
            for (final Long accountId : due) {
                if (issued >= limit) {
                    return issued;
                }
                try {
                    boolean fresh = transactions.run(new TransactionCallback<Boolean>() {
                        @Override
                        public Boolean doInTransaction(TransactionStatus status) {
                            return issue(dao.findRule(rule.getId()), accounts.find(accountId), key, now, zone);
                        }
                    });
                    if (fresh) {
                        issued++;
                    }
                } catch (RuntimeException e) {
                    // Another node issued it meanwhile (the unique key), or the offer is gone: the next run sees.
                    LOG.warn("Could not issue sale-day coupon " + rule.getId() + " to loyalty account " + accountId
                            + ": " + e.getMessage());
                }
            }
        }
        return issued;
    }

    /** The codes of the active tiers of the tier's rank and above; null for every member. */
    private List<String> invitedTiers(LoyaltyTier lowest) {
        if (lowest == null) {
            return null;
        }
        List<String> invited = new ArrayList<String>();
        // A tier that no longer exists or is switched off invites nobody.
        LoyaltyTier current = tiers.findTier(lowest.getCode());
        if (current == null || !current.isActive()) {
            return invited;
        }
        for (LoyaltyTier tier : tiers.tiers()) {
            if (tier.getRank() >= current.getRank()) {
                invited.add(tier.getCode());
            }
        }
        return invited;
    }

    /** Issues the rule's coupon to the member for the occasion unless they have it; true when issued now. */
    private boolean issue(CouponRule rule, LoyaltyAccount account, String occasionKey, Instant now, ZoneId zone) {
        if (rule == null || account == null || !account.isActive()
                || dao.find(rule.getId(), account.getId(), occasionKey) != null) {
            return false;
        }
        Offer offer = rule.getOffer();
        if (!usable(offer)) {
            LOG.warn("Club coupon rule " + rule.getId() + " has no usable offer; no coupon issued");
            return false;
        }
        CouponPlan plan = CouponPlan.of(rule.getOccasion(), rule.getSaleDay(), rule.getValidDays(), now, zone);
        makeCode(rule.getId(), account, offer, occasionKey, rule.getName(), rule.getCodePrefix(),
                rule.getUsesPerMember(), plan, now);
        return true;
    }

    @Override
    public String issueCode(LoyaltyAccount account, Offer offer, String occasionKey, String title, String codePrefix,
                            int validDays, Instant now) {
        if (account == null || !account.isActive()) {
            throw new IllegalArgumentException("Coupons are issued to active members only");
        }
        if (!usable(offer)) {
            throw new IllegalArgumentException("No usable offer for the coupon " + occasionKey);
        }
        MemberCouponImpl issued = dao.find(OWN_OCCASION, account.getId(), occasionKey);
        if (issued != null) {
            return issued.getCode();
        }
        CouponPlan plan = CouponPlan.of(CouponOccasion.JOINING, null, validDays, now, zone());
        return makeCode(OWN_OCCASION, account, offer, occasionKey, title, codePrefix, 1, plan, now).getCode();
    }

    /** A new Broadleaf code of the offer, recorded as the member's coupon. */
    private MemberCouponImpl makeCode(long ruleId, LoyaltyAccount account, Offer offer, String occasionKey,
                                      String title, String codePrefix, int maxUses, CouponPlan plan, Instant now) {
        OfferCode code = offerCodes.create();
        code.setOffer(offer);
        code.setOfferCode(freshCode(codePrefix));
        code.setStartDate(Date.from(plan.getValidFrom()));
        code.setEndDate(Date.from(plan.getValidUntil()));
        code.setMaxUses(maxUses);
        code = offerCodes.save(code);
        MemberCouponImpl coupon = new MemberCouponImpl(ruleId, account.getId(), account.getCustomerId(), occasionKey,
                code.getId(), code.getOfferCode(), title, maxUses, Date.from(now),
                Date.from(plan.getValidFrom()), Date.from(plan.getValidUntil()));
        dao.persist(coupon);
        dao.flush();
        LOG.info("Issued club coupon " + code.getOfferCode() + " (" + title + ") to loyalty account "
                + account.getId());
        return coupon;
    }

    private static boolean usable(Offer offer) {
        return offer != null && (offer.getArchived() == null || offer.getArchived() != 'Y');
    }

    private String freshCode(String prefix) {
        while (true) {
            String candidate = codes.next(prefix);
            if (offerCodes.readOfferCodeByCode(candidate) == null) {
                return candidate;
            }
        }
    }

    @Override
    public SaleDayNotice saleDayToday(final Long customerId, final Instant now) {
        CachedRules cached = saleDayRules(now);
        CouponRule today = null;
        for (CouponRule rule : cached.rules) {
            if (CouponPlan.isSaleDay(rule.getSaleDay(), now, cached.zone) && usable(rule.getOffer())) {
                today = rule;
                break;
            }
        }
        if (today == null) {
            return null;
        }
        final CouponRule rule = today;
        final LoyaltyTier lowest = rule.getTier();
        final MemberStanding shopper = tiers.standingOf(customerId);
        final boolean invited = shopper.isMember()
                && (lowest == null || tiers.requirementOf(lowest.getCode()).admits(true, shopper.getRank()));
        MemberCouponImpl coupon = !invited ? null : transactions.run(new TransactionCallback<MemberCouponImpl>() {
            @Override
            public MemberCouponImpl doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = accounts.findByCustomer(customerId);
                return account == null ? null : dao.find(rule.getId(), account.getId(),
                        CouponOccasion.SALE_DAY.key(null, rule.getSaleDay()));
            }
        });
        return new SaleDayNotice(rule.getName(), lowest == null ? null : lowest.getName(), invited,
                coupon == null ? null : coupon.getCode());
    }

    /**
     * The active sale-day rules and the store's zone, read again at most every {@link #RULES_SECONDS}: the banner
     * asks on every page, and on most days there is no sale.
     */
    private CachedRules saleDayRules(Instant now) {
        CachedRules cached = saleDayRules;
        if (cached == null || now.isAfter(cached.readAt.plusSeconds(RULES_SECONDS)) || now.isBefore(cached.readAt)) {
            List<CouponRule> rules = transactions.run(new TransactionCallback<List<CouponRule>>() {
                @Override
                public List<CouponRule> doInTransaction(TransactionStatus status) {
                    return dao.activeRules(CouponOccasion.SALE_DAY.name());
                }
            });
            cached = new CachedRules(now, zone(), rules);
            saleDayRules = cached;
        }
        return cached;
    }

    @Override
    public void forget() {
        saleDayRules = null;
    }

    private static final class CachedRules {
        final Instant readAt;
        final ZoneId zone;
        final List<CouponRule> rules;

        CachedRules(Instant readAt, ZoneId zone, List<CouponRule> rules) {
            this.readAt = readAt;
            this.zone = zone;
            this.rules = rules;
        }
    }

    @Override
    public List<MemberCouponView> couponsOf(final long accountId, final Instant now) {
        return transactions.run(new TransactionCallback<List<MemberCouponView>>() {
            @Override
            public List<MemberCouponView> doInTransaction(TransactionStatus status) {
                List<MemberCouponView> views = new ArrayList<MemberCouponView>();
                Date inFlightSince = Date.from(now.minus(CLAIM_MINUTES, ChronoUnit.MINUTES));
                for (MemberCouponImpl coupon : dao.ofAccount(accountId, 100)) {
                    int uses = (int) dao.countUses(coupon.getId(), null, inFlightSince);
                    Instant from = coupon.getValidFrom().toInstant();
                    Instant until = coupon.getValidUntil().toInstant();
                    views.add(new MemberCouponView(coupon.getCode(), coupon.getTitle(),
                            CouponState.of(uses, coupon.getMaxUses(), from, until, now), from, until,
                            Math.max(0, coupon.getMaxUses() - uses)));
                }
                return views;
            }
        });
    }

    @Override
    public String refusalFor(OfferCode code, Customer customer) {
        if (code == null || code.getId() == null) {
            return null;
        }
        List<MemberCouponImpl> owned = couponsOfCodes(java.util.Collections.singletonList(code.getId()));
        if (owned.isEmpty()) {
            return null;
        }
        Long owner = owned.get(0).getCustomerId();
        return customer != null && owner.equals(customer.getId()) ? null : "loyalty.coupon.notYours";
    }

    @Override
    public List<OfferCode> removeOthersCoupons(Order order) {
        List<OfferCode> removed = new ArrayList<OfferCode>();
        List<OfferCode> added = order.getAddedOfferCodes();
        if (added == null || added.isEmpty()) {
            return removed;
        }
        Map<Long, Long> owners = ownersOf(added);
        Long customerId = order.getCustomer() == null ? null : order.getCustomer().getId();
        for (Iterator<OfferCode> it = added.iterator(); it.hasNext(); ) {
            OfferCode code = it.next();
            Long owner = owners.get(code.getId());
            if (owner != null && !owner.equals(customerId)) {
                it.remove();
                removed.add(code);
            }
        }
        return removed;
    }

    @Override
    public void claim(final Order order) {
        final List<OfferCode> added = order.getAddedOfferCodes();
        if (order.getId() == null || added == null || added.isEmpty()) {
            return;
        }
        final Instant now = clock.instant();
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                List<Long> ids = idsOf(added);
                Date inFlightSince = Date.from(now.minus(CLAIM_MINUTES, ChronoUnit.MINUTES));
                for (MemberCouponImpl found : dao.findByOfferCodes(ids)) {
                    MemberCouponImpl coupon = dao.lock(found.getId());
                    if (coupon == null) {
                        continue;
                    }
                    if (dao.findUse(coupon.getId(), order.getId()) != null) {
                        continue;
                    }
                    if (order.getCustomer() == null || !coupon.getCustomerId().equals(order.getCustomer().getId())
                            || dao.countUses(coupon.getId(), order.getId(), inFlightSince) >= coupon.getMaxUses()) {
                        throw new CouponUsedUpException(coupon.getCode());
                    }
                    dao.persist(new CouponUseImpl(coupon.getId(), order.getId(), Date.from(now)));
                }
                return null;
            }
        });
    }

    @Override
    public void release(final Order order) {
        if (order.getId() == null) {
            return;
        }
        transactions.run(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return dao.releaseOrder(order.getId());
            }
        });
    }

    private Map<Long, Long> ownersOf(List<OfferCode> codes) {
        Map<Long, Long> owners = new HashMap<Long, Long>();
        for (MemberCouponImpl coupon : couponsOfCodes(idsOf(codes))) {
            owners.put(coupon.getOfferCodeId(), coupon.getCustomerId());
        }
        return owners;
    }

    private List<MemberCouponImpl> couponsOfCodes(final List<Long> ids) {
        return transactions.run(new TransactionCallback<List<MemberCouponImpl>>() {
            @Override
            public List<MemberCouponImpl> doInTransaction(TransactionStatus status) {
                return dao.findByOfferCodes(ids);
            }
        });
    }

    private static List<Long> idsOf(List<OfferCode> codes) {
        List<Long> ids = new ArrayList<Long>();
        for (OfferCode code : codes) {
            if (code.getId() != null) {
                ids.add(code.getId());
            }
        }
        return ids;
    }

    private ZoneId zone() {
        return programmes.findProgramme().toRules().zone();
    }
}
