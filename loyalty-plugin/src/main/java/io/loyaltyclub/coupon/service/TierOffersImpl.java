package io.loyaltyclub.coupon.service;

import io.loyaltyclub.coupon.persistence.OfferTierLimitDao;
import io.loyaltyclub.coupon.persistence.OfferTierLimitImpl;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.tier.domain.TierRequirement;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyTierOffers")
public class TierOffersImpl implements TierOffers {

    @Resource(name = "loyaltyOfferTierLimitDao")
    protected OfferTierLimitDao dao;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

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
    public LoyaltyTier requiredTier(final long offerId) {
        String code = limitsOf(Collections.singletonList(offerId)).get(offerId);
        return code == null ? null : tiers.findTier(code);
    }

    @Override
    public OfferRefusal refusalFor(Offer offer, Customer customer) {
        if (offer == null || offer.getId() == null) {
            return null;
        }
        String code = limitsOf(Collections.singletonList(offer.getId())).get(offer.getId());
        if (code == null) {
            return null;
        }
        // The same rule as pricing's: a tier that no longer exists or is switched off admits nobody.
        TierRequirement requirement = tiers.requirementOf(code);
        MemberStanding shopper = standing(customer);
        TierRequirement.Why why = requirement.refusal(shopper.isMember(), shopper.getRank());
        return why == null ? null : new OfferRefusal(why, requirement.getTierName(),
                shopper.getTier() == null ? null : shopper.getTier().getName());
    }

    @Override
    public List<Offer> removeForbidden(List<Offer> offers, Customer customer) {
        List<Long> ids = new ArrayList<Long>();
        for (Offer offer : offers) {
            if (offer != null && offer.getId() != null) {
                ids.add(offer.getId());
            }
        }
        Map<Long, String> limits = limitsOf(ids);
        List<Offer> removed = new ArrayList<Offer>();
        if (limits.isEmpty()) {
            return removed;
        }
        MemberStanding shopper = standing(customer);
        for (Iterator<Offer> it = offers.iterator(); it.hasNext(); ) {
            Offer offer = it.next();
            String code = offer == null ? null : limits.get(offer.getId());
            if (code == null) {
                continue;
            }
            if (!tiers.requirementOf(code).admits(shopper.isMember(), shopper.getRank())) {
                it.remove();
                removed.add(offer);
            }
        }
        return removed;
    }

    @Override
    public void limit(final long offerId, final String tierCode, final String adminUser) {
        if (tierCode != null && tiers.findTier(tierCode) == null) {
            throw new IllegalArgumentException("There is no tier " + tierCode);
        }
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                OfferTierLimitImpl limit = dao.findByOffer(offerId);
                if (tierCode == null) {
                    if (limit != null) {
                        dao.delete(limit);
                    }
                    return null;
                }
                if (limit == null) {
                    limit = new OfferTierLimitImpl(offerId);
                }
                limit.change(tierCode, adminUser, Date.from(clock.instant()));
                dao.save(limit);
                return null;
            }
        });
    }

    private Map<Long, String> limitsOf(final List<Long> offerIds) {
        return transactions.run(new TransactionCallback<Map<Long, String>>() {
            @Override
            public Map<Long, String> doInTransaction(TransactionStatus status) {
                return dao.tierCodesOf(offerIds);
            }
        });
    }

    private MemberStanding standing(Customer customer) {
        return tiers.standingOf(customer == null ? null : customer.getId());
    }
}
