package io.loyaltyclub.reward.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.coupon.domain.CouponState;
import io.loyaltyclub.coupon.service.MemberCouponView;
import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.domain.RewardRefusal;
import io.loyaltyclub.reward.persistence.Reward;
import io.loyaltyclub.reward.persistence.RewardImpl;
import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The reward catalogue (loyalty spec, section 4) on the real Broadleaf context: each kind, refusals, retries, races. */
class RewardCatalogueIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final RewardCatalogue catalogue = broadleaf.bean("loyaltyRewardCatalogue", RewardCatalogue.class);
    private final MemberCoupons coupons = broadleaf.bean("loyaltyMemberCoupons", MemberCoupons.class);
    private Product lamp;

    @BeforeEach
    void aShop() {
        club.reset();
        lamp = shop.product("Reward lamp", "50.00");
    }

    @AfterEach
    void reset() {
        club.reset();
    }

    private Reward reward(RewardKind kind, long cost, Consumer<Reward> settings) {
        return broadleaf.inTransaction(() -> {
            Reward reward = new RewardImpl();
            reward.setName(kind + " for " + cost + " " + Shop.unique());
            reward.setKind(kind);
            reward.setPointsCost(cost);
            reward.setCouponValidDays(30);
            settings.accept(reward);
            broadleaf.entityManager().persist(reward);
            return reward;
        });
    }

    private Reward reloaded(Reward reward) {
        return broadleaf.inTransaction(() -> broadleaf.entityManager().find(RewardImpl.class, reward.getId()));
    }

    private Customer customerOf(LoyaltyAccount account) {
        return shop.customers().readCustomerById(account.getCustomerId());
    }

    private LoyaltyAccount memberWith(String name, long points) {
        LoyaltyAccount account = club.newMember(name);
        long now = club.ledger().balance(account.getId()).getAvailable();
        if (points != now) {
            club.give(account.getId(), points - now);
        }
        return account;
    }

    private Redeemed redeem(LoyaltyAccount account, Reward reward) {
        return catalogue.redeem(account.getCustomerId(), reward.getId(), reward.getPointsCost(), token());
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private long available(LoyaltyAccount account) {
        return club.assertConsistent(account.getId()).getAvailable();
    }

    private String codeOf(Redeemed redeemed) {
        return redeemed.getRedemption().getCouponCode();
    }

    private OfferCode offerCode(String code) {
        return broadleaf.inSession(() -> broadleaf.bean("blOfferService", OfferService.class).lookupOfferCodeByCode(code));
    }

    @Test
    void an_amount_off_reward_spends_the_points_and_gives_the_member_a_single_use_code_of_it() throws Exception {
        Reward reward = reward(RewardKind.AMOUNT_OFF, 500, r -> r.setAmount(new BigDecimal("5.00")));
        LoyaltyAccount account = memberWith("amount", 800);

        Redeemed redeemed = redeem(account, reward);

        assertThat(redeemed.isReplayed()).isFalse();
        assertThat(available(account)).isEqualTo(300);
        String code = codeOf(redeemed);
        assertThat(code).matches("REWARD-[2-9A-HJKMNP-Z]{8}");
        List<MemberCouponView> listed = coupons.couponsOf(account.getId(), club.clock().instant());
        assertThat(listed).extracting(MemberCouponView::getCode).contains(code);
        assertThat(offerCode(code).getMaxUses()).isEqualTo(1);
        LedgerEntry spent = club.ledger().findEntry(redeemed.getRedemption().getLedgerEntryId());
        assertThat(spent.getReason()).isEqualTo(EntryReason.REWARD);
        assertThat(spent.getPoints()).isEqualTo(-500);

        Customer member = customerOf(account);
        Order cart = shop.applyCode(shop.cart(member, line(lamp, 1)), code);
        assertThat(cart.getOrderAdjustmentsValue()).isEqualTo(new Money("5.00"));
        Order theirs = shop.applyCode(shop.cart(shop.customer("someone"), line(lamp, 1)), code);
        assertThat(theirs.getOrderAdjustmentsValue()).as("bound to its member").isEqualTo(new Money("0.00"));

        shop.checkout(cart);
        assertThat(coupons.couponsOf(account.getId(), club.clock().instant()))
                .filteredOn(c -> c.getCode().equals(code)).extracting(MemberCouponView::getState)
                .containsExactly(CouponState.USED);
    }

    @Test
    void a_percent_off_reward_takes_its_percentage_off_the_order() {
        Reward reward = reward(RewardKind.PERCENT_OFF, 200, r -> r.setAmount(new BigDecimal("10")));
        LoyaltyAccount account = memberWith("percent", 200);

        String code = codeOf(redeem(account, reward));

        Order cart = shop.applyCode(shop.cart(customerOf(account), line(lamp, 2)), code);
        assertThat(cart.getOrderAdjustmentsValue()).isEqualTo(new Money("10.00"));
        assertThat(available(account)).isZero();
    }

    @Test
    void a_free_shipping_reward_makes_the_shipping_free() {
        Reward reward = reward(RewardKind.FREE_SHIPPING, 300, r -> { });
        LoyaltyAccount account = memberWith("shipping", 300);
        String code = codeOf(redeem(account, reward));

        Customer member = customerOf(account);
        Order paying = shop.shipped(shop.cart(member, line(lamp, 1)));
        assertThat(paying.getTotalFulfillmentCharges()).isEqualTo(new Money("5.00"));
        Order free = shop.shipped(shop.applyCode(shop.cart(member, line(lamp, 1)), code));
        assertThat(free.getTotalFulfillmentCharges()).isEqualTo(new Money("0.00"));
        assertThat(free.getTotal()).isEqualTo(new Money("50.00"));
    }

    @Test
    void a_free_product_reward_makes_one_unit_of_its_product_free_and_nothing_else() {
        Product candle = shop.product("Reward candle", "8.00");
        Reward reward = reward(RewardKind.FREE_PRODUCT, 400, r -> r.setProduct(candle));
        LoyaltyAccount account = memberWith("product", 400);
        String code = codeOf(redeem(account, reward));

        Customer member = customerOf(account);
        Order without = shop.applyCode(shop.cart(member, line(lamp, 1)), code);
        assertThat(without.getSubTotal()).as("no candle, nothing free").isEqualTo(new Money("50.00"));
        Order with = shop.applyCode(shop.cart(member, line(lamp, 1), line(candle, 3)), code);
        assertThat(with.getSubTotal()).as("one of the three candles free").isEqualTo(new Money("66.00"));
    }

    @Test
    void an_event_invitation_takes_a_place_and_waits_for_the_shop_who_records_its_fulfilment() {
        Reward reward = reward(RewardKind.EVENT_INVITATION, 1000, r -> r.setStock(20));
        LoyaltyAccount account = memberWith("guest", 1500);

        Redeemed redeemed = redeem(account, reward);

        assertThat(codeOf(redeemed)).isNull();
        assertThat(reloaded(reward).getStock()).isEqualTo(19);
        assertThat(available(account)).isEqualTo(500);
        long id = redeemed.getRedemption().getId();
        assertThat(catalogue.invitations(500)).extracting(RewardRedemptionImpl::getId).contains(id);
        assertThat(catalogue.markFulfilled(id, "admin")).isTrue();
        assertThat(catalogue.markFulfilled(id, "other")).as("fulfilled once").isFalse();
        RewardRedemptionImpl fulfilled = catalogue.redemptionsOf(account.getId(), 10).get(0);
        assertThat(fulfilled.getFulfilledBy()).isEqualTo("admin");
        assertThat(fulfilled.getFulfilledAt()).isNotNull();
    }

    @Test
    void the_same_form_posted_twice_redeems_once() {
        Reward reward = reward(RewardKind.AMOUNT_OFF, 300, r -> {
            r.setAmount(new BigDecimal("3.00"));
            r.setStock(5);
        });
        LoyaltyAccount account = memberWith("twice", 1000);
        String token = token();

        Redeemed first = catalogue.redeem(account.getCustomerId(), reward.getId(), 300L, token);
        Redeemed again = catalogue.redeem(account.getCustomerId(), reward.getId(), 300L, token);

        assertThat(again.isReplayed()).isTrue();
        assertThat(codeOf(again)).isEqualTo(codeOf(first));
        assertThat(available(account)).isEqualTo(700);
        assertThat(reloaded(reward).getStock()).isEqualTo(4);
        assertThat(catalogue.redemptionsOf(account.getId(), 10)).hasSize(1);
        Reward other = reward(RewardKind.AMOUNT_OFF, 100, r -> r.setAmount(BigDecimal.ONE));
        assertRefused(() -> catalogue.redeem(account.getCustomerId(), other.getId(), 100L, token),
                RewardRefusal.TOKEN_USED);
        assertThat(available(account)).isEqualTo(700);
    }

    @Test
    void refusals_say_why_and_change_nothing() {
        LoyaltyAccount account = memberWith("refused", 400);
        Instant now = club.clock().instant();
        Reward dear = reward(RewardKind.AMOUNT_OFF, 500, r -> { r.setAmount(BigDecimal.TEN); r.setStock(3); });
        Reward later = reward(RewardKind.AMOUNT_OFF, 100, r -> {
            r.setAmount(BigDecimal.ONE);
            r.setAvailableFrom(now.plus(Duration.ofDays(2)));
        });
        Reward over = reward(RewardKind.AMOUNT_OFF, 100, r -> {
            r.setAmount(BigDecimal.ONE);
            r.setAvailableUntil(now.minus(Duration.ofMinutes(1)));
        });
        Reward gone = reward(RewardKind.EVENT_INVITATION, 100, r -> r.setStock(0));
        Reward off = reward(RewardKind.AMOUNT_OFF, 100, r -> { r.setAmount(BigDecimal.ONE); r.setActive(false); });
        club.tier("SILVER", 10, "1");
        club.tier("GOLD", 20, "1");
        club.setTier(account.getId(), "SILVER");
        Reward gold = reward(RewardKind.FREE_SHIPPING, 100, r -> r.setTier(club.tiers().findTier("GOLD")));

        RewardRefusedException poor = assertRefused(() -> redeem(account, dear), RewardRefusal.NOT_ENOUGH_POINTS);
        assertThat(poor.getArguments()).containsExactly(500L, 400L);
        assertRefused(() -> redeem(account, later), RewardRefusal.NOT_YET);
        assertRefused(() -> redeem(account, over), RewardRefusal.ENDED);
        assertRefused(() -> redeem(account, gone), RewardRefusal.SOLD_OUT);
        assertRefused(() -> redeem(account, off), RewardRefusal.UNAVAILABLE);
        RewardRefusedException low = assertRefused(() -> redeem(account, gold), RewardRefusal.TIER_TOO_LOW);
        assertThat(low.getArguments()).containsExactly("Gold");
        assertRefused(() -> catalogue.redeem(account.getCustomerId(), later.getId(), 99L, token()),
                RewardRefusal.STALE_FORM);
        assertRefused(() -> catalogue.redeem(account.getCustomerId(), dear.getId(), 500L, "x"),
                RewardRefusal.STALE_FORM);
        Customer outsider = shop.customer("outsider");
        assertRefused(() -> catalogue.redeem(outsider.getId(), gold.getId(), 100L, token()),
                RewardRefusal.NOT_A_MEMBER);

        assertThat(available(account)).isEqualTo(400);
        assertThat(reloaded(dear).getStock()).isEqualTo(3);
        assertThat(catalogue.redemptionsOf(account.getId(), 10)).isEmpty();
        assertThat(coupons.couponsOf(account.getId(), now)).isEmpty();

        // What the catalogue shows the member says the same; a reward past its end is not shown.
        List<RewardView> shown = catalogue.catalogueFor(account.getCustomerId());
        assertThat(shown).extracting(RewardView::getId).doesNotContain(over.getId(), off.getId());
        assertThat(refusalOf(shown, dear)).isEqualTo(RewardRefusal.NOT_ENOUGH_POINTS);
        assertThat(refusalOf(shown, later)).isEqualTo(RewardRefusal.NOT_YET);
        assertThat(refusalOf(shown, gone)).isEqualTo(RewardRefusal.SOLD_OUT);
        assertThat(refusalOf(shown, gold)).isEqualTo(RewardRefusal.TIER_TOO_LOW);

        club.setTier(account.getId(), "GOLD");
        assertThat(refusalOf(catalogue.catalogueFor(account.getCustomerId()), gold)).isNull();
        redeem(account, gold);
        assertThat(available(account)).isEqualTo(300);
    }

    @Test
    void a_changed_reward_makes_a_new_offer_and_codes_issued_before_keep_what_was_bought() {
        Reward reward = reward(RewardKind.AMOUNT_OFF, 100, r -> r.setAmount(new BigDecimal("5.00")));
        LoyaltyAccount account = memberWith("changed", 300);
        String before = codeOf(redeem(account, reward));
        broadleaf.inTransaction(() -> {
            broadleaf.entityManager().find(RewardImpl.class, reward.getId()).setAmount(new BigDecimal("7.00"));
            return null;
        });
        String after = codeOf(redeem(account, reward));

        Customer member = customerOf(account);
        assertThat(shop.applyCode(shop.cart(member, line(lamp, 1)), before).getOrderAdjustmentsValue())
                .isEqualTo(new Money("5.00"));
        assertThat(shop.applyCode(shop.cart(member, line(lamp, 1)), after).getOrderAdjustmentsValue())
                .isEqualTo(new Money("7.00"));
    }

    @Test
    void many_members_racing_for_the_last_places_never_get_more_than_there_are() throws Exception {
        Reward reward = reward(RewardKind.EVENT_INVITATION, 100, r -> r.setStock(3));
        List<LoyaltyAccount> members = new ArrayList<LoyaltyAccount>();
        for (int i = 0; i < 8; i++) {
            members.add(memberWith("racer" + i, 100));
        }
        List<Callable<Boolean>> attempts = new ArrayList<Callable<Boolean>>();
        for (LoyaltyAccount member : members) {
            attempts.add(() -> redeem(member, reward) != null);
        }

        List<Object> outcomes = race(attempts);

        assertThat(outcomes.stream().filter(Boolean.TRUE::equals).count()).isEqualTo(3);
        assertThat(outcomes).filteredOn(o -> !Boolean.TRUE.equals(o))
                .allMatch(o -> o == RewardRefusal.SOLD_OUT, "the others were told it is sold out");
        assertThat(reloaded(reward).getStock()).isZero();
        long winners = 0;
        for (LoyaltyAccount member : members) {
            long left = available(member);
            int taken = catalogue.redemptionsOf(member.getId(), 10).size();
            assertThat(left).isEqualTo(100 - 100L * taken);
            winners += taken;
        }
        assertThat(winners).isEqualTo(3);
    }

    @Test
    void one_member_posting_many_forms_at_once_spends_no_more_points_than_they_have() throws Exception {
        Reward reward = reward(RewardKind.AMOUNT_OFF, 300, r -> r.setAmount(BigDecimal.ONE));
        LoyaltyAccount account = memberWith("spender", 700);
        String shared = token();
        List<Callable<Boolean>> attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 6; i++) {
            // Two of them are one form posted three times each.
            final String token = i < 3 ? shared : token();
            attempts.add(() -> catalogue.redeem(account.getCustomerId(), reward.getId(), 300L, token) != null);
        }

        List<Object> outcomes = race(attempts);

        assertThat(outcomes).filteredOn(o -> !Boolean.TRUE.equals(o))
                .allMatch(o -> o == RewardRefusal.NOT_ENOUGH_POINTS, "refused for want of points");
        assertThat(catalogue.redemptionsOf(account.getId(), 10)).hasSize(2);
        assertThat(available(account)).isEqualTo(100);
        assertThat(coupons.couponsOf(account.getId(), club.clock().instant())).hasSize(2);
    }

    /** Runs the attempts together; each outcome is TRUE, or the refusal, or the unexpected exception. */
    private static List<Object> race(List<Callable<Boolean>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<Future<Object>>();
            for (Callable<Boolean> attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return (Object) attempt.call();
                    } catch (RewardRefusedException e) {
                        return e.getRefusal();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<Object>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RewardRefusal refusalOf(List<RewardView> shown, Reward reward) {
        for (RewardView view : shown) {
            if (view.getId() == reward.getId()) {
                return view.getRefusal();
            }
        }
        throw new AssertionError("Reward " + reward.getId() + " not shown");
    }

    private static RewardRefusedException assertRefused(Runnable attempt, RewardRefusal refusal) {
        try {
            attempt.run();
        } catch (RewardRefusedException e) {
            assertThat(e.getRefusal()).isEqualTo(refusal);
            return e;
        }
        throw new AssertionError("Expected the refusal " + refusal);
    }
}
