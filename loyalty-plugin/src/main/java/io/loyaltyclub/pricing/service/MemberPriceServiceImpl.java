package io.loyaltyclub.pricing.service;

import io.loyaltyclub.earning.broadleaf.OrderLines;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.pricing.domain.MemberPriceRule;
import io.loyaltyclub.pricing.domain.MemberPrices;
import io.loyaltyclub.pricing.persistence.MemberPriceDao;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyMemberPriceService")
public class MemberPriceServiceImpl implements MemberPriceService {

    @Resource(name = "loyaltyMemberPriceDao")
    protected MemberPriceDao dao;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** The most products whose categories are kept (then they are all forgotten and read again as asked). */
    static final int MAX_PRODUCTS_KEPT = 50_000;

    /** How long the rules and tiers read are used before they are read again (an admin's change shows then). */
    @Value("${loyalty.memberPrices.rulesSeconds:10}")
    protected long rulesSeconds = 10;

    /** How long products' categories are kept (a product put into another category is priced so then). */
    @Value("${loyalty.memberPrices.categoriesSeconds:300}")
    protected long categoriesSeconds = 300;

    protected Transactions transactions;
    protected volatile Snapshot snapshot;
    protected volatile long categoriesReadAt = System.nanoTime();
    protected final Map<Long, Set<Long>> categoriesByProduct = new ConcurrentHashMap<Long, Set<Long>>();
    protected final Map<Long, ShopperTier> tiersByCustomer = new ConcurrentHashMap<Long, ShopperTier>();

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public HashMap considerationsFor(Long registeredCustomerId) {
        HashMap considerations = new HashMap();
        considerations.put(PricedRequest.KEY, new PricedRequest(registeredCustomerId));
        return considerations;
    }

    @Override
    public PriceQuote quote(PricedRequest request, Product product, BigDecimal regular, int currencyScale) {
        if (regular == null || request == null || product == null || product.getId() == null) {
            return new PriceQuote(regular, null);
        }
        String tier = tierCode(request);
        if (tier == null) {
            return new PriceQuote(regular, null);
        }
        MemberPrices prices = prices(request);
        if (prices.isEmpty()) {
            return new PriceQuote(regular, null);
        }
        return new PriceQuote(regular, prices.memberPrice(tier, product.getId(), categories(request, product, prices),
                regular, currencyScale));
    }

    @Override
    public ClubPriceOffer clubOffer(PricedRequest request, Product product, BigDecimal regular, BigDecimal paid,
                                    int currencyScale) {
        if (request == null || regular == null || product == null || product.getId() == null) {
            return null;
        }
        MemberPrices prices = prices(request);
        if (prices.isEmpty()) {
            return null;
        }
        String own = tierCode(request);
        Map<String, Integer> ranks = request.getTierRanks();
        Map<String, Integer> candidates = new LinkedHashMap<String, Integer>();
        Integer ownRank = own == null ? null : ranks.get(own);
        for (Map.Entry<String, Integer> tier : ranks.entrySet()) {
            if (ownRank == null || tier.getValue() > ownRank) {
                candidates.put(tier.getKey(), tier.getValue());
            }
        }
        MemberPrices.ClubPrice best = prices.bestClubPrice(candidates, product.getId(),
                categories(request, product, prices), regular, currencyScale);
        if (best == null || (paid != null && best.getPrice().compareTo(paid) >= 0)) {
            return null;
        }
        return new ClubPriceOffer(best.getPrice(), best.getTierCode(), request.getTierNames().get(best.getTierCode()),
                !isMember(request));
    }

    @Override
    public String tierName(PricedRequest request) {
        tierCode(request);
        return request.getTierName();
    }

    @Override
    public boolean doublePromotions(PricedRequest request) {
        if (request.getDoublePromotions() == null) {
            request.setDoublePromotions(programmes.findProgramme().isDoublePromotions());
        }
        return request.getDoublePromotions();
    }

    /** Whether the shopper is an active member (with or without a tier). */
    protected boolean isMember(PricedRequest request) {
        tierCode(request);
        return request.isMember();
    }

    /**
     * The shopper's tier, read once per request and kept for {@code rulesSeconds} for the next requests of the same
     * customer (a listing, then a product page, then the cart), so that pricing reads nothing most of the time.
     */
    protected String tierCode(PricedRequest request) {
        if (!request.isTierRead()) {
            Long customerId = request.getCustomerId();
            ShopperTier known = customerId == null ? ShopperTier.GUEST : tiersByCustomer.get(customerId);
            long now = System.nanoTime();
            if (known == null || (known != ShopperTier.GUEST && now - known.readAt > rulesSeconds * 1_000_000_000L)) {
                LoyaltyAccount account = memberships.findByCustomer(customerId);
                LoyaltyTier tier = account == null ? null : tiers.tierOf(account);
                known = new ShopperTier(account != null && account.isActive(), tier == null ? null : tier.getCode(),
                        tier == null ? null : tier.getName(), now);
                if (tiersByCustomer.size() >= MAX_PRODUCTS_KEPT) {
                    tiersByCustomer.clear();
                }
                tiersByCustomer.put(customerId, known);
            }
            request.setMember(known.member);
            request.tier(known.code, known.name);
        }
        return request.getTierCode();
    }

    /** A customer's membership and tier as read at one moment. */
    protected static final class ShopperTier {
        static final ShopperTier GUEST = new ShopperTier(false, null, null, 0L);
        final boolean member;
        final String code;
        final String name;
        final long readAt;

        ShopperTier(boolean member, String code, String name, long readAt) {
            this.member = member;
            this.code = code;
            this.name = name;
            this.readAt = readAt;
        }
    }

    /** The active rules and tiers: the club's snapshot, read again at most every few seconds. */
    protected MemberPrices prices(PricedRequest request) {
        if (request.getPrices() == null) {
            Snapshot current = snapshot();
            request.setTiers(current.ranks, current.names);
            request.setPrices(current.prices);
        }
        return request.getPrices();
    }

    @Override
    public void forget() {
        snapshot = null;
        categoriesByProduct.clear();
        tiersByCustomer.clear();
    }

    protected Snapshot snapshot() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.readAt > rulesSeconds * 1_000_000_000L) {
            current = transactions.run(new TransactionCallback<Snapshot>() {
                @Override
                public Snapshot doInTransaction(TransactionStatus status) {
                    return readSnapshot();
                }
            });
            snapshot = current;
        }
        if (now - categoriesReadAt > categoriesSeconds * 1_000_000_000L) {
            categoriesByProduct.clear();
            categoriesReadAt = now;
        }
        return current;
    }

    private Snapshot readSnapshot() {
        Map<String, Integer> ranks = new LinkedHashMap<String, Integer>();
        Map<String, String> names = new HashMap<String, String>();
        for (LoyaltyTier tier : tiers.tiers()) {
            ranks.put(tier.getCode(), tier.getRank());
            names.put(tier.getCode(), tier.getName());
        }
        List<MemberPriceRule> rules = new ArrayList<MemberPriceRule>();
        for (io.loyaltyclub.pricing.persistence.MemberPriceRule stored : dao.activeRules()) {
            MemberPriceRule rule = stored.toDomain();
            if (rule != null && ranks.containsKey(rule.getTierCode())) {
                rules.add(rule);
            }
        }
        return new Snapshot(rules.isEmpty() ? MemberPrices.none() : new MemberPrices(rules),
                Collections.unmodifiableMap(ranks), Collections.unmodifiableMap(names), System.nanoTime());
    }

    /** The product's categories with all their parents, read only when a category rule exists; kept a while. */
    protected Set<Long> categories(PricedRequest request, Product product, MemberPrices prices) {
        if (!hasCategoryRule(prices)) {
            return Collections.emptySet();
        }
        Set<Long> found = request.getCategoriesByProduct().get(product.getId());
        if (found == null) {
            found = categoriesByProduct.get(product.getId());
            if (found == null) {
                found = Collections.unmodifiableSet(OrderLines.categoriesOf(product));
                if (categoriesByProduct.size() >= MAX_PRODUCTS_KEPT) {
                    categoriesByProduct.clear();
                }
                categoriesByProduct.put(product.getId(), found);
            }
            request.getCategoriesByProduct().put(product.getId(), found);
        }
        return found;
    }

    /** What all requests share: the active rules and tiers as read at one moment. */
    protected static final class Snapshot {
        final MemberPrices prices;
        final Map<String, Integer> ranks;
        final Map<String, String> names;
        final long readAt;

        Snapshot(MemberPrices prices, Map<String, Integer> ranks, Map<String, String> names, long readAt) {
            this.prices = prices;
            this.ranks = ranks;
            this.names = names;
            this.readAt = readAt;
        }
    }

    private static boolean hasCategoryRule(MemberPrices prices) {
        for (MemberPriceRule rule : prices.getRules()) {
            if (rule.getTarget() == MemberPriceRule.Target.CATEGORY) {
                return true;
            }
        }
        return false;
    }
}
