package io.loyaltyclub.demo.data;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.persistence.ActionRule;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.access.persistence.EarlyAccess;
import io.loyaltyclub.access.persistence.EarlyAccessDao;
import io.loyaltyclub.access.persistence.EarlyAccessImpl;
import io.loyaltyclub.api.service.ApiKeyService;
import io.loyaltyclub.coupon.domain.CouponOccasion;
import io.loyaltyclub.coupon.persistence.CouponRule;
import io.loyaltyclub.coupon.persistence.CouponRuleImpl;
import io.loyaltyclub.coupon.persistence.MemberCouponDao;
import io.loyaltyclub.coupon.service.TierOffers;
import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.persistence.Reward;
import io.loyaltyclub.reward.persistence.RewardDao;
import io.loyaltyclub.reward.persistence.RewardImpl;
import io.loyaltyclub.gift.persistence.MemberGift;
import io.loyaltyclub.gift.persistence.MemberGiftDao;
import io.loyaltyclub.gift.persistence.MemberGiftImpl;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.pricing.persistence.MemberPriceDao;
import io.loyaltyclub.pricing.persistence.MemberPriceRule;
import io.loyaltyclub.pricing.persistence.MemberPriceRuleImpl;
import io.loyaltyclub.tier.domain.ManualMode;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import io.loyaltyclub.tier.persistence.TierDao;
import io.loyaltyclub.tier.service.TierQualificationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.i18n.domain.TranslatedEntity;
import org.broadleafcommerce.common.i18n.service.TranslationService;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferCodeImpl;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOptionImpl;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Fills the demo shop on its first start (system property {@code demo.first.start}): the catalogue of
 * {@code demo-data/*.tsv} with its translations and drawings, shipping options, a coupon code, demo
 * shoppers and the loyalty programme. Everything goes through Broadleaf's own services, in one transaction;
 * then the club's services make Alice a member with some points history (Bob stays a non-member), so that the
 * admin's loyalty panel of a customer shows both cases; and a demo API key ({@link #DEMO_API_KEY}) for the loyalty API.
 */
@Component("demoDataLoader")
public class DemoDataLoader implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(DemoDataLoader.class);

    static final String[] LANGUAGES = {"he", "fa", "lv"};
    static final String NAV_ROOT = "Primary Nav";
    /** The demo's coupon code: 10 % off an order. */
    static final String COUPON = "WELCOME10";
    /**
     * The demo's API key for the loyalty API, for local use only: the demo stores its hash like any other key, and
     * the README gives it so that curl examples work. A real shop creates its keys in the admin.
     */
    public static final String DEMO_API_KEY = "lck_demo-local-only-MapleClubPartnerKey2026";
    /** The demo shopper who is a member of the club. */
    static final String ALICE = "alice@example.com";
    /** A Gold member (set by an admin), so the demo shows Gold member prices. */
    static final String CAROL = "carol@example.com";
    /** A coupon code for the club's Gold members and above (loyalty spec, section 7). */
    static final String GOLD_COUPON = "GOLD15";
    /** A product Gold members and above see and buy 30 days before everybody else. */
    static final String PREVIEW_PRODUCT = "/tea-coffee/matcha-whisk-set";
    /** Members buying the fountain pen get the washi tape trio with it. */
    static final String GIFT_TRIGGER = "/stationery/brass-fountain-pen";
    static final String GIFT = "/stationery/washi-tape-trio";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;
    @Resource(name = "blTranslationService")
    protected TranslationService translationService;
    @Resource(name = "blOfferService")
    protected OfferService offerService;
    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;
    @Resource(name = "blCustomerService")
    protected CustomerService customerService;
    @Resource(name = "blLocaleService")
    protected LocaleService localeService;
    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencyService;
    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmeService;
    @Resource(name = "loyaltyMembershipService")
    protected MembershipService membershipService;
    @Resource(name = "loyaltyTierDao")
    protected TierDao tierDao;
    @Resource(name = "loyaltyMemberPriceDao")
    protected MemberPriceDao memberPriceDao;
    @Resource(name = "loyaltyEarlyAccessDao")
    protected EarlyAccessDao earlyAccessDao;
    @Resource(name = "loyaltyMemberGiftDao")
    protected MemberGiftDao memberGiftDao;
    @Resource(name = "loyaltyMemberCouponDao")
    protected MemberCouponDao memberCouponDao;
    @Resource(name = "loyaltyRewardDao")
    protected RewardDao rewardDao;
    @Resource(name = "loyaltyTierOffers")
    protected TierOffers tierOffers;
    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledgerService;
    @Resource(name = "loyaltyApiKeyService")
    protected ApiKeyService apiKeyService;
    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService tierQualification;
    @Resource(name = "loyaltyClock")
    protected Clock clock;
    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards actionRewards;
    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private boolean loaded;

    @Override
    public synchronized void onApplicationEvent(ContextRefreshedEvent event) {
        if (loaded || event.getApplicationContext().getParent() != null) {
            return;
        }
        // On every start (the key stays the same), so that a demo database from before the API has it too.
        apiKeyService.install("Demo partner (local use only)", DEMO_API_KEY, "demo");
        // Also on every start, so that a demo database from before tiers gets them (and Alice her tier).
        boolean tiersAdded = loadTiers();
        if (!Boolean.getBoolean("demo.first.start")) {
            if (tiersAdded) {
                placeAlice();
            }
            loaded = true;
            return;
        }
        loaded = true;
        long start = System.currentTimeMillis();
        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext brc = new BroadleafRequestContext();
        brc.setLocale(localeService.findDefaultLocale());
        brc.setBroadleafCurrency(currencyService.findDefaultBroadleafCurrency());
        brc.setIgnoreSite(true);
        BroadleafRequestContext.setBroadleafRequestContext(brc);
        try {
            new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    Map<String, Category> categories = loadCategories();
                    int products = loadProducts(categories);
                    loadShippingOptions();
                    loadCoupon();
                    loadShoppers();
                    LOG.info("Demo data loaded: " + categories.size() + " categories, " + products + " products");
                }
            });
            loadActionRewards();
            LoyaltyProgram programme = programmeService.findProgramme();
            programme.setName("Maple Club");
            programme = programmeService.save(programme);
            loadClubCoupons(programme.toRules().zone());
            loadMembership(programme);
            placeAlice();
            placeCarol(programme);
            new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    loadMemberPrices();
                }
            });
            loadGoldCoupon();
            loadMembersPreview();
            loadMemberGift();
            loadRewards();
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(previous);
        }
        LOG.info("Demo data took " + (System.currentTimeMillis() - start) + " ms");
    }

    private Map<String, Category> loadCategories() {
        Category root = catalogService.createCategory();
        root.setName(NAV_ROOT);
        root.setDescription("The storefront's navigation");
        root.setActiveStartDate(yesterday());
        root = catalogService.saveCategory(root);
        Map<String, Category> bySlug = new HashMap<String, Category>();
        int order = 1;
        for (Map<String, String> row : Tsv.read("/demo-data/categories.tsv")) {
            String slug = row.get("slug");
            Category category = catalogService.createCategory();
            category.setName(row.get("name"));
            category.setDescription(row.get("description"));
            category.setUrl("/" + slug);
            category.setActiveStartDate(yesterday());
            category.getCategoryMedia().put("primary", media("/img/categories/" + slug + ".svg", row.get("name")));
            category = catalogService.saveCategory(category);
            CategoryXref xref = new CategoryXrefImpl();
            xref.setCategory(root);
            xref.setSubCategory(category);
            xref.setDisplayOrder(new BigDecimal(order++));
            root.getAllChildCategoryXrefs().add(xref);
            root = catalogService.saveCategory(root);
            translate(TranslatedEntity.CATEGORY, category.getId(), row, "name", "name");
            translate(TranslatedEntity.CATEGORY, category.getId(), row, "description", "description");
            bySlug.put(slug, category);
        }
        return bySlug;
    }

    private int loadProducts(Map<String, Category> categories) {
        int count = 0;
        for (Map<String, String> row : Tsv.read("/demo-data/products.tsv")) {
            String slug = row.get("slug");
            Category category = categories.get(row.get("category"));
            if (category == null) {
                throw new IllegalStateException("Product " + slug + " names an unknown category " + row.get("category"));
            }
            Sku sku = catalogService.createSku();
            sku.setName(row.get("name"));
            sku.setDescription(row.get("description"));
            sku.setLongDescription(row.get("long_description"));
            sku.setRetailPrice(new Money(new BigDecimal(row.get("price"))));
            if (!row.get("sale_price").isEmpty()) {
                sku.setSalePrice(new Money(new BigDecimal(row.get("sale_price"))));
            }
            sku.setActiveStartDate(yesterday());
            sku.setDiscountable(true);
            sku.setTaxable(false);
            sku.getSkuMedia().put("primary", media("/img/products/" + slug + ".svg", row.get("name")));
            Product product = catalogService.createProduct(ProductType.PRODUCT);
            product.setDefaultSku(sku);
            product.setUrl("/" + row.get("category") + "/" + slug);
            product.setManufacturer(row.get("manufacturer"));
            product.setFeaturedProduct("Y".equals(row.get("featured")));
            product.setDefaultCategory(category);
            product = catalogService.saveProduct(product);
            CategoryProductXref xref = new CategoryProductXrefImpl();
            xref.setCategory(category);
            xref.setProduct(product);
            xref.setDisplayOrder(new BigDecimal(++count));
            product.getAllParentCategoryXrefs().add(xref);
            product = catalogService.saveProduct(product);
            Long skuId = product.getDefaultSku().getId();
            translate(TranslatedEntity.SKU, skuId, row, "name", "name");
            translate(TranslatedEntity.SKU, skuId, row, "description", "description");
        }
        return count;
    }

    /**
     * The club rewards what members do: the first newsletter sign-up, approved reviews (2 a day, 10 a month), shared
     * links that bring a visitor who registers or buys (3 a day, 10 a month), a birth date given, and the birthday
     * once a year.
     */
    private void loadActionRewards() {
        actionReward(ActionType.NEWSLETTER, 50, null, null, null, 1);
        actionReward(ActionType.REVIEW, 20, 2, 10, null, null);
        actionReward(ActionType.SHARE, 30, 3, 10, null, null);
        actionReward(ActionType.PROFILE, 25, null, null, null, 1);
        actionReward(ActionType.BIRTHDAY, 100, null, null, 1, null);
    }

    private void actionReward(ActionType type, long points, Integer perDay, Integer perMonth, Integer perYear,
                              Integer lifetime) {
        ActionRule rule = actionRewards.rule(type);
        rule.setPoints(points);
        rule.setPerDay(perDay);
        rule.setPerMonth(perMonth);
        rule.setPerYear(perYear);
        rule.setLifetime(lifetime);
        rule.setActive(true);
        actionRewards.saveRule(rule);
    }

    private void loadShippingOptions() {
        fixedShipping("Standard shipping", "Delivered in 3 to 5 business days.", "5.95");
        fixedShipping("Express shipping", "Delivered in 1 to 2 business days.", "14.95");
    }

    private void fixedShipping(String name, String description, String price) {
        FixedPriceFulfillmentOption option = new FixedPriceFulfillmentOptionImpl();
        option.setName(name);
        option.setLongDescription(description);
        option.setPrice(new Money(new BigDecimal(price)));
        option.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
        fulfillmentOptionService.save(option);
    }

    private void loadCoupon() {
        orderPercentCode("Welcome 10 % off", "10 % off the order with the code " + COUPON, "10 % off your order", "10",
                COUPON);
    }

    /** An order offer of {@code percent} % off, applied with {@code code}, from yesterday on. */
    private Offer orderPercentCode(String name, String description, String message, String percent, String code) {
        Offer offer = orderPercentOffer(name, description, message, percent);
        OfferCode offerCode = new OfferCodeImpl();
        offerCode.setOffer(offer);
        offerCode.setOfferCode(code);
        offerCode.setStartDate(yesterday());
        offerService.saveOfferCode(offerCode);
        return offer;
    }

    /** An order offer of {@code percent} % off from yesterday on, applied only by its codes. */
    private Offer orderPercentOffer(String name, String description, String message, String percent) {
        Offer offer = new OfferImpl();
        offer.setName(name);
        offer.setDescription(description);
        offer.setMarketingMessage(message);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal(percent));
        offer.setDeliveryType(OfferDeliveryType.CODE);
        offer.setStartDate(yesterday());
        offer.setCombinableWithOtherOffers(true);
        offer.setApplyDiscountToSalePrice(true);
        offer.setAutomaticallyAdded(false);
        offer.setPriority(10);
        return offerService.save(offer);
    }

    /**
     * The club's own coupons, made before anyone joins: 10 % off for joining, 20 % off on reaching Gold, and a
     * members' sale day today (the first start's day: 25 % off for Silver and above, handed out by the
     * sale-day-coupons job).
     */
    private void loadClubCoupons(final ZoneId storeZone) {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                clubCoupon("Welcome to the club: 10 % off", CouponOccasion.JOINING, null, null, "HELLO", 30,
                        orderPercentOffer("Club welcome coupon", "10 % off one order, a member's own code on joining",
                                "10 % off for new members", "10"));
                clubCoupon("Gold reached: 20 % off", CouponOccasion.TIER_REACHED, "GOLD", null, "GOLD", 60,
                        orderPercentOffer("Club Gold coupon", "20 % off one order, a member's own code on reaching Gold",
                                "20 % off for reaching Gold", "20"));
                clubCoupon("Members' sale day: 25 % off", CouponOccasion.SALE_DAY, "SILVER",
                        clock.instant().atZone(storeZone).toLocalDate(), "SALE", 2,
                        orderPercentOffer("Club sale day coupon", "25 % off one order on the members' sale day",
                                "25 % off on the sale day", "25"));
            }
        });
    }

    private void clubCoupon(String name, CouponOccasion occasion, String tierCode, LocalDate saleDay, String prefix,
                            int validDays, Offer offer) {
        CouponRule rule = new CouponRuleImpl();
        rule.setName(name);
        rule.setOccasion(occasion);
        rule.setTier(tierCode == null ? null : tierDao.findByCode(tierCode));
        rule.setSaleDay(saleDay);
        rule.setCodePrefix(prefix);
        rule.setValidDays(validDays);
        rule.setOffer(offer);
        memberCouponDao.persist(rule);
    }

    /** GOLD15: 15 % off the order for members at the Gold tier and above (loadTiers made the tiers). */
    private void loadGoldCoupon() {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                Offer offer = orderPercentCode("Gold members 15 % off", "15 % off the order with the code "
                        + GOLD_COUPON + ", for Gold members and above", "15 % off for Gold members", "15", GOLD_COUPON);
                tierOffers.limit(offer.getId(), "GOLD", "demo");
            }
        });
    }

    /** The matcha whisk set: for Gold members and above for the first 30 days. */
    private void loadMembersPreview() {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                EarlyAccess preview = new EarlyAccessImpl();
                preview.setName("Matcha whisk set: members' preview");
                preview.setProduct(catalogService.findProductByURI(PREVIEW_PRODUCT));
                preview.setTierCode("GOLD");
                preview.setLaunchAt(Date.from(clock.instant().plus(Duration.ofDays(30))));
                earlyAccessDao.save(preview);
            }
        });
    }

    /** The washi tape trio, free for members with the brass fountain pen. */
    private void loadMemberGift() {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                MemberGift gift = new MemberGiftImpl();
                gift.setName("Washi tape with the fountain pen");
                gift.setTriggerProduct(catalogService.findProductByURI(GIFT_TRIGGER));
                gift.setGiftProduct(catalogService.findProductByURI(GIFT));
                memberGiftDao.save(gift);
            }
        });
    }

    /**
     * The reward catalogue: small coupons a new member can have with the welcome bonus or a first order, one for
     * Silver and above, a free product, and an evening with 20 places for Gold and above.
     */
    private void loadRewards() {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                reward("1.00 off your next order", "A code for 1.00 off any order.", RewardKind.AMOUNT_OFF, 100,
                        "1.00", null, null, null);
                reward("Free shipping", "A code for free shipping on one order.", RewardKind.FREE_SHIPPING, 300,
                        null, null, null, null);
                reward("5.00 off your next order", "A code for 5.00 off any order.", RewardKind.AMOUNT_OFF, 500,
                        "5.00", null, null, null);
                reward("Washi tape trio on us", "A code that makes one washi tape trio in your cart free.",
                        RewardKind.FREE_PRODUCT, 600, null, catalogService.findProductByURI(GIFT), null, null);
                reward("10 % off an order", "A code for 10 % off one order, for Silver members and above.",
                        RewardKind.PERCENT_OFF, 800, "10", null, "SILVER", null);
                reward("Members' evening at the Maple roastery", "A tasting evening with the roasters, for Gold "
                        + "members and above. The shop sends you your invitation with the date.",
                        RewardKind.EVENT_INVITATION, 1000, null, null, "GOLD", 20);
            }
        });
    }

    private void reward(String name, String description, RewardKind kind, long points, String amount,
                        Product product, String tierCode, Integer stock) {
        Reward reward = new RewardImpl();
        reward.setName(name);
        reward.setDescription(description);
        reward.setKind(kind);
        reward.setPointsCost(points);
        reward.setAmount(amount == null ? null : new BigDecimal(amount));
        reward.setProduct(product);
        reward.setTier(tierCode == null ? null : tierDao.findByCode(tierCode));
        reward.setStock(stock);
        reward.setCouponValidDays(kind.isCoupon() ? 60 : null);
        rewardDao.persist(reward);
    }

    private void loadShoppers() {
        shopper(ALICE, "Alice", "Walker");
        shopper("bob@example.com", "Bob", "Levi");
        shopper(CAROL, "Carol", "Mendes");
    }

    /** Carol joins the club and an admin puts her in Gold (fixed), so the demo has a Gold member. */
    private void placeCarol(LoyaltyProgram programme) {
        Customer carol = customerService.readCustomerByUsername(CAROL);
        long account = membershipService.join(carol.getId(), programme.getTermsVersion(), false).getAccount().getId();
        tierQualification.setManualTier(account, ManualMode.FIXED, "GOLD", "demo",
                "Demo: a Gold member, to show Gold member prices");
    }

    /** Member prices: 10 % off the Kitchen category for Gold and 5 % for Silver. */
    private void loadMemberPrices() {
        Category kitchen = catalogService.findCategoryByURI("/kitchen");
        memberPrice("Silver: 5 % off Kitchen", tierDao.findByCode("SILVER"), kitchen, "5");
        memberPrice("Gold: 10 % off Kitchen", tierDao.findByCode("GOLD"), kitchen, "10");
    }

    private void memberPrice(String name, LoyaltyTier tier, Category category, String percentOff) {
        MemberPriceRule rule = new MemberPriceRuleImpl();
        rule.setName(name);
        rule.setTier(tier);
        rule.setCategory(category);
        rule.setPercentOff(new BigDecimal(percentOff));
        memberPriceDao.save(rule);
    }

    private void shopper(String email, String first, String last) {
        Customer customer = customerService.createCustomerFromId(null);
        customer.setUsername(email);
        customer.setEmailAddress(email);
        customer.setFirstName(first);
        customer.setLastName(last);
        customerService.registerCustomer(customer, "shopper", "shopper");
    }

    /**
     * Alice joins the club (with marketing consent and the welcome bonus), gets points at a partner's tasting
     * that expire within the month, and an admin's goodwill adjustment.
     */
    private void loadMembership(LoyaltyProgram programme) {
        Customer alice = customerService.readCustomerByUsername(ALICE);
        long account = membershipService.join(alice.getId(), programme.getTermsVersion(), true).getAccount().getId();
        Instant now = clock.instant();
        ledgerService.earn(account, 120, now, now.plus(Duration.ofDays(20)),
                EntrySource.partner("Coffee tasting at the Maple roastery", "TASTING-0412"), "demo:alice:tasting");
        ledgerService.adjust(account, 50, EntrySource.admin("admin", "Goodwill: her parcel arrived a week late."),
                "demo:alice:goodwill");
    }

    /**
     * Silver, Gold and Platinum, reached by points earned over twelve rolling months (the programme's default): each
     * one the shop does not have yet (a tier that exists is left as the admin made it).
     *
     * @return whether any was added
     */
    private boolean loadTiers() {
        return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                boolean added = tier("SILVER", "Silver", 1, "#8A939E", 100L, "250.00", "1.25", 0);
                added |= tier("GOLD", "Gold", 2, "#C9A227", 1000L, "1000.00", "1.5", 200);
                added |= tier("PLATINUM", "Platinum", 3, "#4B5563", 3000L, "2500.00", "2", 500);
                LoyaltyTier platinum = tierDao.findByCode("PLATINUM");
                if (added && platinum.getFreeShippingFrom() == null) {
                    // Platinum members ship free from 50.00.
                    platinum.setFreeShippingFrom(new BigDecimal("50.00"));
                    tierDao.save(platinum);
                }
                return added;
            }
        });
    }

    private boolean tier(String code, String name, int rank, String colour, long points, String amount,
                         String multiplier, long welcomePoints) {
        if (tierDao.findByCode(code) != null) {
            return false;
        }
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setCode(code);
        tier.setName(name);
        tier.setRank(rank);
        tier.setColour(colour);
        tier.setPointsToQualify(points);
        tier.setAmountToQualify(new BigDecimal(amount));
        tier.setEarnMultiplier(new BigDecimal(multiplier));
        tier.setWelcomePoints(welcomePoints);
        tier.setActive(true);
        tierDao.save(tier);
        return true;
    }

    /** Alice's 120 points earned at the partner reach Silver (no reward for Silver, so her points stay as they were). */
    private void placeAlice() {
        Customer alice = customerService.readCustomerByUsername(ALICE);
        LoyaltyAccount account = alice == null ? null : membershipService.findByCustomer(alice.getId());
        if (account != null) {
            tierQualification.review(account.getId());
        }
    }

    private void translate(TranslatedEntity entity, Long id, Map<String, String> row, String column, String field) {
        for (String language : LANGUAGES) {
            String value = row.get(column + "_" + language);
            if (value != null && !value.isEmpty()) {
                translationService.save(entity.getType(), String.valueOf(id), field, language, value);
            }
        }
    }

    private static Media media(String url, String title) {
        Media media = new MediaImpl();
        media.setUrl(url);
        media.setTitle(title);
        media.setAltText(title);
        return media;
    }

    private static Date yesterday() {
        Calendar calendar = Calendar.getInstance();
        calendar.add(Calendar.DAY_OF_MONTH, -1);
        return calendar.getTime();
    }
}
