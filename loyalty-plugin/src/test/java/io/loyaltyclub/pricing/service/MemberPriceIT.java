package io.loyaltyclub.pricing.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.pricing.persistence.MemberPriceDao;
import io.loyaltyclub.pricing.persistence.MemberPriceRule;
import io.loyaltyclub.pricing.persistence.MemberPriceRuleImpl;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.dynamic.DynamicSkuPricingService;
import org.broadleafcommerce.core.catalog.service.dynamic.SkuPricingConsiderationContext;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferCodeImpl;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Date;
import java.util.concurrent.Callable;

/**
 * Member prices through Broadleaf's dynamic sku pricing on the real context. The pricing considerations are set as
 * the club's filter sets them for a storefront request.
 */
class MemberPriceIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private MemberPriceService memberPrices;

    private String gold;
    private String silver;
    private Category kitchen;
    private Product mug;
    private Product pan;
    private Product tent;
    private Customer goldShopper;
    private LoyaltyAccount goldAccount;

    @BeforeEach
    void aClubWithTiersAndACatalogue() {
        club.reset();
        memberPrices = broadleaf.bean("loyaltyMemberPriceService", MemberPriceService.class);
        gold = "G" + Shop.unique();
        silver = "S" + Shop.unique();
        club.tier(silver, 1, "1");
        club.tier(gold, 2, "1.5");
        kitchen = shop.category("Kitchen");
        Category camping = shop.subCategory("Camping kitchen", kitchen);
        mug = shop.product("Enamel mug", "24.00", camping);
        pan = shop.product("Frying pan", "40.00", kitchen);
        tent = shop.product("Tent", "100.00", shop.category("Outdoor"));
        goldShopper = shop.customer("gold");
        goldAccount = club.join(goldShopper);
        club.setTier(goldAccount.getId(), gold);
        memberPrices.forget();
    }

    @AfterEach
    void cleanUp() {
        SkuPricingConsiderationContext.setSkuPricingConsiderationContext(null);
        SkuPricingConsiderationContext.setSkuPricingService(null);
        broadleaf.inTransaction(() -> {
            broadleaf.entityManager().createQuery("delete from MemberPriceRuleImpl").executeUpdate();
            return null;
        });
        memberPrices.forget();
        club.reset();
    }

    private void rule(String tier, Object target, String percentOff, String fixedPrice) {
        broadleaf.inTransaction(() -> {
            MemberPriceRule rule = new MemberPriceRuleImpl();
            rule.setName("rule " + Shop.unique());
            rule.setTier(club.tiers().findTier(tier));
            if (target instanceof Product) {
                rule.setProduct(broadleaf.entityManager().find(ProductImpl.class, ((Product) target).getId()));
            } else if (target instanceof Category) {
                rule.setCategory(broadleaf.entityManager().find(CategoryImpl.class, ((Category) target).getId()));
            } else {
                rule.setWholeCatalogue(true);
            }
            rule.setPercentOff(percentOff == null ? null : new BigDecimal(percentOff));
            rule.setFixedPrice(fixedPrice == null ? null : new BigDecimal(fixedPrice));
            return broadleaf.bean("loyaltyMemberPriceDao", MemberPriceDao.class).save(rule);
        });
        memberPrices.forget();
    }

    /**
     * Runs work as a storefront request of the customer, as the club's filter prepares it; a guest's (null) without
     * considerations, as the filter leaves it.
     */
    private <T> T asShopper(Customer customer, Callable<T> work) {
        return broadleaf.inSession(() -> {
            if (customer == null) {
                return work.call();
            }
            SkuPricingConsiderationContext.setSkuPricingConsiderationContext(
                    memberPrices.considerationsFor(customer.getId()));
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

    private BigDecimal priceOf(Customer customer, Product product) {
        return asShopper(customer, () -> {
            Sku sku = shop.catalog().findProductById(product.getId()).getDefaultSku();
            return sku.getPrice().getAmount();
        });
    }

    private BigDecimal itemPrice(Order order) {
        return order.getDiscreteOrderItems().get(0).getPrice().getAmount();
    }

    @Test
    void the_best_rule_of_the_members_tier_wins_and_categories_cover_their_sub_categories() {
        rule(gold, kitchen, "10", null);
        rule(gold, mug, null, "20.00");
        rule(silver, mug, null, "1.00");

        assertThat(priceOf(goldShopper, mug)).as("fixed 20.00 beats 10 % off 24.00").isEqualByComparingTo("20.00");
        assertThat(priceOf(goldShopper, pan)).as("10 % off the category").isEqualByComparingTo("36.00");
        assertThat(priceOf(goldShopper, tent)).as("no rule").isEqualByComparingTo("100.00");
    }

    @Test
    void a_whole_catalogue_rule_prices_every_product() {
        rule(gold, null, "5", null);

        assertThat(priceOf(goldShopper, tent)).isEqualByComparingTo("95.00");
        assertThat(priceOf(goldShopper, mug)).isEqualByComparingTo("22.80");
    }

    @Test
    void guests_non_members_and_other_tiers_pay_the_regular_price() {
        rule(gold, null, "10", null);
        Customer notMember = shop.customer("plain");
        Customer silverShopper = shop.customer("silver");
        club.setTier(club.join(silverShopper).getId(), silver);
        memberPrices.forget();

        assertThat(priceOf(null, mug)).isEqualByComparingTo("24.00");
        assertThat(priceOf(notMember, mug)).isEqualByComparingTo("24.00");
        assertThat(priceOf(silverShopper, mug)).isEqualByComparingTo("24.00");
        assertThat(broadleaf.inSession(() -> shop.catalog().findProductById(mug.getId()).getDefaultSku().getPrice()
                .getAmount())).as("outside a storefront request").isEqualByComparingTo("24.00");
    }

    @Test
    void a_non_member_is_offered_the_club_price_to_join_for_and_a_silver_member_the_gold_price_to_reach() {
        rule(gold, kitchen, "10", null);
        rule(silver, kitchen, "5", null);
        Customer silverShopper = shop.customer("silver");
        club.setTier(club.join(silverShopper).getId(), silver);
        memberPrices.forget();

        ClubPriceOffer forGuest = broadleaf.inSession(() -> memberPrices.clubOffer(
                PricedRequest.in(memberPrices.considerationsFor(null)),
                shop.catalog().findProductById(mug.getId()), new BigDecimal("24.00"), new BigDecimal("24.00"), 2));
        assertThat(forGuest.isJoin()).isTrue();
        assertThat(forGuest.getTierCode()).isEqualTo(gold);
        assertThat(forGuest.getPrice()).isEqualByComparingTo("21.60");

        ClubPriceOffer forSilver = asShopper(silverShopper, () -> {
            PricedRequest request = PricedRequest.in(SkuPricingConsiderationContext.getSkuPricingConsiderationContext());
            Product product = shop.catalog().findProductById(mug.getId());
            assertThat(product.getDefaultSku().getPrice().getAmount()).isEqualByComparingTo("22.80");
            return memberPrices.clubOffer(request, product, new BigDecimal("24.00"), new BigDecimal("22.80"), 2);
        });
        assertThat(forSilver.isJoin()).isFalse();
        assertThat(forSilver.getTierCode()).isEqualTo(gold);

        assertThat(asShopper(goldShopper, () -> memberPrices.clubOffer(
                PricedRequest.in(SkuPricingConsiderationContext.getSkuPricingConsiderationContext()),
                shop.catalog().findProductById(mug.getId()), new BigDecimal("24.00"), new BigDecimal("21.60"), 2)))
                .as("nothing better than Gold").isNull();
    }

    @Test
    void a_guests_cart_gets_member_prices_on_signing_in_and_loses_them_with_the_tier() {
        rule(gold, kitchen, "10", null);
        Customer guest = shop.customers().createCustomerFromId(null);
        Order guestCart = asShopper(null, () -> shop.cart(guest, line(mug, 2)));
        assertThat(itemPrice(guestCart)).isEqualByComparingTo("24.00");

        // What Broadleaf's cart merge does on signing in (MergeCartServiceImpl: the guest's cart becomes the
        // customer's and is saved with pricing), in the customer's first request after signing in.
        Order signedIn = asShopper(goldShopper, () -> {
            Order cart = broadleaf.entityManager().find(OrderImpl.class, guestCart.getId());
            cart.setCustomer(goldShopper);
            return shop.orders().save(cart, true);
        });
        assertThat(signedIn.getCustomer().getId()).isEqualTo(goldShopper.getId());
        assertThat(itemPrice(signedIn)).isEqualByComparingTo("21.60");
        assertThat(signedIn.getSubTotal().getAmount()).isEqualByComparingTo("43.20");

        club.setTier(goldAccount.getId(), null);
        memberPrices.forget(); // the tier service changed it: pricing otherwise sees it within rulesSeconds
        Order afterTier = asShopper(goldShopper, () -> shop.price(
                broadleaf.entityManager().find(OrderImpl.class, guestCart.getId())));
        assertThat(itemPrice(afterTier)).isEqualByComparingTo("24.00");
        assertThat(afterTier.getSubTotal().getAmount()).isEqualByComparingTo("48.00");
    }

    private String itemDiscountCode(int percent) {
        return broadleaf.inTransaction(() -> {
            OfferService offers = broadleaf.bean("blOfferService", OfferService.class);
            Offer offer = new OfferImpl();
            offer.setName(percent + "% off items " + Shop.unique());
            offer.setType(OfferType.ORDER_ITEM);
            offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
            offer.setValue(BigDecimal.valueOf(percent));
            offer.setDeliveryType(OfferDeliveryType.CODE);
            offer.setStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            offer.setApplyDiscountToSalePrice(true);
            offer.setCombinableWithOtherOffers(true);
            offer = offers.save(offer);
            OfferCode code = new OfferCodeImpl();
            code.setOffer(offer);
            code.setOfferCode("ITEM" + Shop.unique());
            code.setStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            return offers.saveOfferCode(code).getOfferCode();
        });
    }

    private Order memberCartWithItemOffer() {
        rule(gold, mug, null, "20.00");
        String code = itemDiscountCode(10);
        return asShopper(goldShopper, () -> shop.applyCode(shop.cart(goldShopper, line(mug, 1), line(tent, 1)), code));
    }

    @Test
    void without_double_promotions_offers_do_not_stack_on_member_prices() {
        club.configure(p -> p.setDoublePromotions(false));

        Order cart = memberCartWithItemOffer();

        assertThat(cart.getSubTotal().getAmount()).as("mug 20.00 at the member price, tent 100.00 - 10 %")
                .isEqualByComparingTo("110.00");
    }

    @Test
    void with_double_promotions_offers_stack_on_member_prices() {
        club.configure(p -> p.setDoublePromotions(true));

        Order cart = memberCartWithItemOffer();

        assertThat(cart.getSubTotal().getAmount()).as("mug 20.00 - 10 %, tent 100.00 - 10 %")
                .isEqualByComparingTo("108.00");
    }

    private Order memberCartWithOrderOffer() {
        rule(gold, mug, null, "20.00");
        String code = shop.orderDiscountCode(10);
        return asShopper(goldShopper, () -> shop.applyCode(shop.cart(goldShopper, line(mug, 1), line(tent, 1)), code));
    }

    @Test
    void without_double_promotions_a_percent_off_the_order_is_not_taken_of_member_prices() {
        club.configure(p -> p.setDoublePromotions(false));

        Order cart = memberCartWithOrderOffer();

        assertThat(cart.getSubTotal().getAmount()).isEqualByComparingTo("120.00");
        assertThat(cart.getOrderAdjustmentsValue().getAmount()).as("10 % of the tent's 100.00 only")
                .isEqualByComparingTo("10.00");
    }

    @Test
    void with_double_promotions_a_percent_off_the_order_is_taken_of_member_prices_too() {
        club.configure(p -> p.setDoublePromotions(true));

        Order cart = memberCartWithOrderOffer();

        assertThat(cart.getOrderAdjustmentsValue().getAmount()).as("10 % of 20.00 + 100.00")
                .isEqualByComparingTo("12.00");
    }
}
