package io.loyaltyclub.coupon.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.coupon.domain.CouponOccasion;
import io.loyaltyclub.coupon.domain.CouponState;
import io.loyaltyclub.coupon.persistence.CouponRule;
import io.loyaltyclub.coupon.persistence.CouponRuleImpl;
import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.jobs.service.SaleDayCouponsJob;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.FailingCheckoutActivity;
import io.loyaltyclub.testkit.Shop;
import io.loyaltyclub.tier.domain.ManualMode;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The club's own coupons for members (loyalty spec, section 7), in Broadleaf's real pricing and checkout. */
class MemberCouponsIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final MemberCoupons coupons = broadleaf.bean("loyaltyMemberCoupons", MemberCoupons.class);
    private final LoyaltyJobRunner jobs = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);
    private Product lamp;

    @BeforeEach
    void aShop() {
        club.reset();
        switchOffRules();
        lamp = shop.product("Lamp", "50.00");
    }

    @AfterEach
    void reset() {
        FailingCheckoutActivity.succeed();
        switchOffRules();
        club.reset();
    }

    /** Rules of one test would hand coupons to the members of the next. */
    private void switchOffRules() {
        broadleaf.inTransaction(() -> broadleaf.entityManager()
                .createQuery("update CouponRuleImpl r set r.active = false").executeUpdate());
    }

    /** A rule giving a member's own code of a new 10 % order offer. */
    private CouponRule rule(CouponOccasion occasion, String tierCode, LocalDate saleDay, int validDays) {
        final String code = shop.orderDiscountCode(10);
        return broadleaf.inTransaction(() -> {
            Offer offer = broadleaf.bean("blOfferService", OfferService.class).lookupOfferCodeByCode(code).getOffer();
            CouponRule rule = new CouponRuleImpl();
            rule.setName("Ten off " + occasion);
            rule.setOccasion(occasion);
            rule.setOffer(offer);
            rule.setTier(tierCode == null ? null : club.tiers().findTier(tierCode));
            rule.setSaleDay(saleDay);
            rule.setCodePrefix("TEN");
            rule.setValidDays(validDays);
            broadleaf.entityManager().persist(rule);
            return rule;
        });
    }

    private List<MemberCouponView> couponsOf(LoyaltyAccount account) {
        return coupons.couponsOf(account.getId(), club.clock().instant());
    }

    private OfferCode offerCode(String code) {
        return broadleaf.inSession(() -> broadleaf.bean("blOfferService", OfferService.class).lookupOfferCodeByCode(code));
    }

    @Test
    void a_new_member_gets_a_single_use_code_of_their_own_once() {
        rule(CouponOccasion.JOINING, null, null, 30);
        Customer customer = shop.customer("joining");

        LoyaltyAccount account = club.join(customer);
        club.join(customer);

        List<MemberCouponView> issued = couponsOf(account);
        assertThat(issued).hasSize(1);
        MemberCouponView coupon = issued.get(0);
        assertThat(coupon.getCode()).matches("TEN-[2-9A-HJKMNP-Z]{8}");
        assertThat(coupon.getState()).isEqualTo(CouponState.READY);
        assertThat(coupon.getUsesLeft()).isEqualTo(1);
        // Valid to the end of the 30th day, counting today, in the store's zone (UTC in the tests).
        LocalDate today = club.clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(coupon.getValidUntil()).isEqualTo(today.plusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant()
                .minusSeconds(1));
        OfferCode code = offerCode(coupon.getCode());
        assertThat(code.getMaxUses()).isEqualTo(1);
        assertThat(code.getEndDate().toInstant()).isEqualTo(coupon.getValidUntil());
    }

    @Test
    void the_code_discounts_its_members_order_and_nobody_elses() {
        rule(CouponOccasion.JOINING, null, null, 30);
        Customer member = shop.customer("owner");
        String code = couponsOf(club.join(member)).get(0).getCode();
        Customer other = shop.customer("other");
        club.join(other);

        Order own = shop.applyCode(shop.cart(member, line(lamp, 2)), code);
        assertThat(own.getOrderAdjustmentsValue()).isEqualTo(new Money("10.00"));
        assertThat(coupons.refusalFor(offerCode(code), member)).isNull();

        assertThat(coupons.refusalFor(offerCode(code), other)).isEqualTo("loyalty.coupon.notYours");
        assertThat(coupons.refusalFor(offerCode(code), null)).isEqualTo("loyalty.coupon.notYours");
        Order theirs = shop.applyCode(shop.cart(other, line(lamp, 2)), code);
        assertThat(theirs.getOrderAdjustmentsValue()).as("no discount").isEqualTo(new Money("0.00"));
        assertThat(theirs.getAddedOfferCodes()).as("the code is taken off the order").isEmpty();
    }

    @Test
    void a_used_coupon_cannot_be_used_again_and_a_failed_checkout_gives_it_back() throws Exception {
        rule(CouponOccasion.JOINING, null, null, 30);
        Customer member = shop.customer("spender");
        LoyaltyAccount account = club.join(member);
        String code = couponsOf(account).get(0).getCode();

        FailingCheckoutActivity.fail();
        Order failing = shop.applyCode(shop.cart(member, line(lamp, 1)), code);
        assertThatThrownBy(() -> shop.checkout(failing)).isInstanceOf(CheckoutException.class);
        assertThat(couponsOf(account).get(0).getState()).as("given back").isEqualTo(CouponState.READY);
        FailingCheckoutActivity.succeed();

        Order placed = shop.checkout(shop.applyCode(shop.cart(member, line(lamp, 1)), code));
        assertThat(placed.getOrderAdjustmentsValue()).isEqualTo(new Money("5.00"));
        assertThat(couponsOf(account).get(0).getState()).isEqualTo(CouponState.USED);
        assertThat(couponsOf(account).get(0).getUsesLeft()).isZero();

        assertThatThrownBy(() -> shop.applyCode(shop.cart(member, line(lamp, 1)), code))
                .hasRootCauseInstanceOf(org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException.class);
    }

    @Test
    void a_coupon_claimed_by_one_checkout_cannot_be_claimed_by_another_until_it_is_given_back() {
        rule(CouponOccasion.JOINING, null, null, 30);
        Customer member = shop.customer("twice");
        String code = couponsOf(club.join(member)).get(0).getCode();
        Order first = shop.applyCode(shop.cart(member, line(lamp, 1)), code);
        Order second = shop.applyCode(shop.cart(member, line(lamp, 1)), code);

        broadleaf.inSession(() -> {
            coupons.claim(first);
            coupons.claim(first);
            return null;
        });
        assertThatThrownBy(() -> broadleaf.inSession(() -> {
            coupons.claim(second);
            return null;
        })).isInstanceOf(CouponUsedUpException.class);

        broadleaf.inSession(() -> {
            coupons.release(first);
            coupons.claim(second);
            return null;
        });
    }

    @Test
    void of_six_checkouts_claiming_one_single_use_coupon_at_the_same_moment_exactly_one_gets_it() throws Exception {
        rule(CouponOccasion.JOINING, null, null, 30);
        Customer member = shop.customer("racer");
        String code = couponsOf(club.join(member)).get(0).getCode();
        List<Order> carts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            carts.add(shop.applyCode(shop.cart(member, line(lamp, 1)), code));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger claimed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (Order cart : carts) {
            done.add(pool.submit(() -> {
                start.await();
                try {
                    broadleaf.inSession(() -> {
                        coupons.claim(cart);
                        return null;
                    });
                    claimed.incrementAndGet();
                } catch (CouponUsedUpException e) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> future : done) {
            future.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(claimed.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(5);
    }

    @Test
    void reaching_a_tier_brings_its_coupon_once_whatever_the_ups_and_downs() {
        club.tier("SILVER", 1, "1");
        club.tier("GOLD", 2, "1");
        rule(CouponOccasion.TIER_REACHED, "GOLD", null, 60);
        LoyaltyAccount account = club.join(shop.customer("climber"));
        assertThat(couponsOf(account)).isEmpty();

        club.tierQualification().setManualTier(account.getId(), ManualMode.FIXED, "SILVER", "admin", "test");
        assertThat(couponsOf(account)).as("Silver has no coupon").isEmpty();
        club.tierQualification().setManualTier(account.getId(), ManualMode.FIXED, "GOLD", "admin", "test");
        assertThat(couponsOf(account)).hasSize(1);
        club.tierQualification().setManualTier(account.getId(), ManualMode.FIXED, "SILVER", "admin", "down");
        club.tierQualification().setManualTier(account.getId(), ManualMode.FIXED, "GOLD", "admin", "up again");

        assertThat(couponsOf(account)).hasSize(1);
        assertThat(couponsOf(account).get(0).getTitle()).isEqualTo("Ten off TIER_REACHED");
    }

    @Test
    void a_sale_day_brings_invited_members_their_coupon_on_the_day_once() {
        club.tier("SILVER", 1, "1");
        club.tier("GOLD", 2, "1");
        Instant now = club.clock().instant();
        LocalDate tomorrow = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        rule(CouponOccasion.SALE_DAY, "SILVER", tomorrow, 2);
        LoyaltyAccount silver = club.join(shop.customer("sale-silver"));
        club.setTier(silver.getId(), "SILVER");
        LoyaltyAccount gold = club.join(shop.customer("sale-gold"));
        club.setTier(gold.getId(), "GOLD");
        LoyaltyAccount newcomer = club.join(shop.customer("sale-newcomer"));

        jobs.run(SaleDayCouponsJob.NAME);
        assertThat(couponsOf(silver)).as("not before the day").isEmpty();

        club.clock().moveBy(Duration.ofDays(1));
        jobs.run(SaleDayCouponsJob.NAME);
        jobs.run(SaleDayCouponsJob.NAME);

        assertThat(couponsOf(silver)).hasSize(1);
        assertThat(couponsOf(gold)).hasSize(1);
        assertThat(couponsOf(newcomer)).as("below the invited tier").isEmpty();
        MemberCouponView coupon = couponsOf(gold).get(0);
        assertThat(coupon.getValidFrom()).isEqualTo(tomorrow.atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(coupon.getValidUntil()).isEqualTo(tomorrow.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()
                .minusSeconds(1));

        club.clock().moveBy(Duration.ofDays(2));
        assertThat(couponsOf(gold).get(0).getState()).isEqualTo(CouponState.EXPIRED);
    }

    @Test
    void the_sale_day_banner_tells_invited_members_their_code_and_others_how_to_take_part() {
        club.tier("SILVER", 1, "1");
        club.tier("GOLD", 2, "1");
        LocalDate today = club.clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(coupons.saleDayToday(null, club.clock().instant())).as("no sale day today").isNull();
        rule(CouponOccasion.SALE_DAY, "GOLD", today, 1);
        coupons.forget();
        Customer silver = shop.customer("banner-silver");
        club.setTier(club.join(silver).getId(), "SILVER");
        Customer gold = shop.customer("banner-gold");
        LoyaltyAccount goldAccount = club.join(gold);
        club.setTier(goldAccount.getId(), "GOLD");

        SaleDayNotice guest = coupons.saleDayToday(null, club.clock().instant());
        assertThat(guest.isInvited()).isFalse();
        assertThat(guest.getTierName()).isEqualTo("Gold");
        assertThat(guest.getTitle()).isEqualTo("Ten off SALE_DAY");
        assertThat(coupons.saleDayToday(silver.getId(), club.clock().instant()).isInvited()).isFalse();
        SaleDayNotice waiting = coupons.saleDayToday(gold.getId(), club.clock().instant());
        assertThat(waiting.isInvited()).isTrue();
        assertThat(waiting.getCode()).as("not handed out yet").isNull();

        jobs.run(SaleDayCouponsJob.NAME);

        assertThat(coupons.saleDayToday(gold.getId(), club.clock().instant()).getCode())
                .isEqualTo(couponsOf(goldAccount).get(0).getCode());
        club.clock().moveBy(Duration.ofDays(1));
        assertThat(coupons.saleDayToday(gold.getId(), club.clock().instant())).as("the day is over").isNull();
    }
}
