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

    protected Transactions transactions;

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

    protected String tierCode(PricedRequest request) {
        if (!request.isTierRead()) {
            Long customerId = request.getCustomerId();
            LoyaltyAccount account = customerId == null ? null : memberships.findByCustomer(customerId);
            LoyaltyTier tier = account == null ? null : tiers.tierOf(account);
            request.setMember(account != null && account.isActive());
            request.tier(tier == null ? null : tier.getCode(), tier == null ? null : tier.getName());
        }
        return request.getTierCode();
    }

    /** The active rules and tiers, read once per request. */
    protected MemberPrices prices(final PricedRequest request) {
        if (request.getPrices() == null) {
            transactions.run(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
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
                    request.setTiers(ranks, names);
                    request.setPrices(rules.isEmpty() ? MemberPrices.none() : new MemberPrices(rules));
                    return null;
                }
            });
        }
        return request.getPrices();
    }

    /** The product's categories with all their parents, read only when a category rule exists. */
    protected Set<Long> categories(PricedRequest request, Product product, MemberPrices prices) {
        if (!hasCategoryRule(prices)) {
            return Collections.emptySet();
        }
        Set<Long> found = request.getCategoriesByProduct().get(product.getId());
        if (found == null) {
            found = OrderLines.categoriesOf(product);
            request.getCategoriesByProduct().put(product.getId(), found);
        }
        return found;
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
