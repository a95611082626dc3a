package io.loyaltyclub.benchmark;

import io.loyaltyclub.pricing.persistence.MemberPriceDao;
import io.loyaltyclub.pricing.persistence.MemberPriceRule;
import io.loyaltyclub.pricing.persistence.MemberPriceRuleImpl;
import io.loyaltyclub.pricing.service.MemberPriceService;
import io.loyaltyclub.testkit.BroadleafHarness;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.service.dynamic.DefaultDynamicSkuPricingServiceImpl;
import org.broadleafcommerce.core.catalog.service.dynamic.DynamicSkuPricingService;
import org.broadleafcommerce.core.catalog.service.dynamic.SkuPricingConsiderationContext;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.concurrent.Callable;

/** The member prices of the benchmark, and a storefront request as the club's filter prepares it. */
final class MemberPriceBenchmarkRules {

    private MemberPriceBenchmarkRules() {
    }

    static void create(BroadleafHarness broadleaf, Category category, Product product) {
        broadleaf.inTransaction(() -> {
            MemberPriceDao dao = broadleaf.bean("loyaltyMemberPriceDao", MemberPriceDao.class);
            MemberPriceRule categoryRule = rule(broadleaf, "Gold: 10 % off the benchmark category");
            categoryRule.setCategory(broadleaf.entityManager().find(CategoryImpl.class, category.getId()));
            categoryRule.setPercentOff(new BigDecimal(10));
            dao.save(categoryRule);
            MemberPriceRule catalogue = rule(broadleaf, "Gold: 5 % off everything");
            catalogue.setWholeCatalogue(true);
            catalogue.setPercentOff(new BigDecimal(5));
            dao.save(catalogue);
            MemberPriceRule fixed = rule(broadleaf, "Gold: a fixed price");
            fixed.setProduct(broadleaf.entityManager().find(ProductImpl.class, product.getId()));
            fixed.setFixedPrice(new BigDecimal("7.00"));
            dao.save(fixed);
            return null;
        });
        broadleaf.bean("loyaltyMemberPriceService", MemberPriceService.class).forget();
    }

    private static MemberPriceRule rule(BroadleafHarness broadleaf, String name) {
        MemberPriceRule rule = new MemberPriceRuleImpl();
        rule.setName(name);
        rule.setTier(broadleaf.club().tiers().findTier("GOLD"));
        return rule;
    }

    /** Runs work in one session with Broadleaf's default dynamic sku pricing, as its default filter would. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static <T> T withBroadleafDynamicPricing(BroadleafHarness broadleaf, Customer shopper, Callable<T> work) {
        return broadleaf.inSession(() -> {
            HashMap considerations = new HashMap();
            considerations.put("customer", shopper);
            SkuPricingConsiderationContext.setSkuPricingConsiderationContext(considerations);
            SkuPricingConsiderationContext.setSkuPricingService(BROADLEAF_DEFAULT);
            try {
                return work.call();
            } finally {
                SkuPricingConsiderationContext.setSkuPricingConsiderationContext(null);
                SkuPricingConsiderationContext.setSkuPricingService(null);
            }
        });
    }

    private static final DynamicSkuPricingService BROADLEAF_DEFAULT = new DefaultDynamicSkuPricingServiceImpl();

    /** Runs work in one session; for a shopper (the plugin on), with the considerations the club's filter sets. */
    static <T> T asRequest(BroadleafHarness broadleaf, Customer shopper, Callable<T> work) {
        return broadleaf.inSession(() -> {
            if (shopper == null) {
                return work.call();
            }
            SkuPricingConsiderationContext.setSkuPricingConsiderationContext(broadleaf.bean(
                    "loyaltyMemberPriceService", MemberPriceService.class).considerationsFor(shopper.getId()));
            SkuPricingConsiderationContext.setSkuPricingService(
                    broadleaf.bean("blDynamicSkuPricingService", DynamicSkuPricingService.class));
            try {
                return work.call();
            } finally {
                SkuPricingConsiderationContext.setSkuPricingConsiderationContext(null);
                SkuPricingConsiderationContext.setSkuPricingService(null);
            }
        });
    }
}
