package io.loyaltyclub.earning.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.earning.persistence.EarningCampaignImpl;
import io.loyaltyclub.earning.persistence.EarningRuleImpl;
import io.loyaltyclub.earning.persistence.OrderEarningImpl;
import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.FailingCheckoutActivity;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Orders earn points in Broadleaf's real checkout workflow. */
class OrderEarningIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final List<Object> created = new ArrayList<Object>();
    private Customer customer;
    private LoyaltyAccount account;

    @BeforeEach
    void aMemberWithoutWelcomeBonus() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        customer = shop.customer("earner");
        account = club.join(customer);
    }

    @AfterEach
    void cleanUp() {
        FailingCheckoutActivity.succeed();
        broadleaf.inTransaction(() -> {
            for (Object row : created) {
                broadleaf.entityManager().remove(broadleaf.entityManager().merge(row));
            }
            return null;
        });
        club.reset();
    }

    private Order placed(Order cart) throws CheckoutException {
        return shop.checkout(cart);
    }

    private List<LedgerEntry> entries() {
        return club.ledger().history(account.getId(), null, 100);
    }

    @Test
    void an_order_earns_pending_points_on_its_merchandise_not_on_shipping() throws Exception {
        Product mug = shop.product("Enamel mug", "24.50");

        Order order = placed(shop.cart(customer, line(mug, 2)));

        assertThat(order.getTotal().getAmount()).as("49.00 + 5.00 shipping").isEqualByComparingTo("54.00");
        Balance balance = club.assertConsistent(account.getId());
        assertThat(balance.getPending()).isEqualTo(49);
        assertThat(balance.getAvailable()).isZero();
        LedgerEntry earned = entries().get(0);
        assertThat(earned.getType()).isEqualTo(EntryType.EARN);
        assertThat(earned.getReason()).isEqualTo(EntryReason.ORDER);
        assertThat(earned.getReference()).isEqualTo(order.getOrderNumber());
        assertThat(earned.getOrderId()).isEqualTo(order.getId());
        assertThat(Duration.between(order.getSubmitDate().toInstant(), earned.getAvailableAt().toInstant()))
                .isEqualTo(Duration.ofDays(14));

        club.clock().moveBy(Duration.ofDays(14).plusMinutes(1));
        assertThat(club.assertConsistent(account.getId()).getAvailable()).isEqualTo(49);
    }

    @Test
    void an_order_discount_lowers_the_points_and_they_are_rounded_down_once() throws Exception {
        Product lamp = shop.product("Desk lamp", "33.33");
        Order cart = shop.cart(customer, line(lamp, 1));
        cart = shop.applyCode(cart, shop.orderDiscountCode(10));

        placed(cart);

        assertThat(club.assertConsistent(account.getId()).getPending()).as("33.33 - 3.33 = 30.00").isEqualTo(30);
    }

    @Test
    void category_multipliers_reach_sub_categories_exclusions_earn_nothing_and_a_running_campaign_multiplies()
            throws Exception {
        Category outdoor = shop.category("Outdoor");
        Category tents = shop.subCategory("Tents", outdoor);
        Product tent = shop.product("Tent", "20.00", tents);
        Product giftCard = shop.product("Gift card", "10.00");
        Product boots = shop.product("Boots", "10.00", tents);
        rule("Triple outdoor", null, outdoor, "3", false);
        rule("Boots earn 1.5", boots, null, "1.5", false);
        rule("No points on gift cards", giftCard, null, null, true);
        campaign("Double weekend", "2", Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
        campaign("Ended", "5", Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofDays(1)));

        placed(shop.cart(customer, line(tent, 1), line(giftCard, 1), line(boots, 1)));

        assertThat(club.assertConsistent(account.getId()).getPending()).as("(20 x 3 + 0 + 10 x 1.5) x 2").isEqualTo(150);
    }

    @Test
    void a_customer_who_is_not_a_member_earns_nothing() throws Exception {
        Customer guest = shop.customer("not-a-member");
        Product mug = shop.product("Mug", "12.00");

        Order order = placed(shop.cart(guest, line(mug, 1)));

        assertThat(club.memberships().findByCustomer(guest.getId())).isNull();
        assertThat(club.earnings().findForOrder(order.getId())).isNull();
    }

    @Test
    void earning_again_for_an_order_that_earned_changes_nothing() throws Exception {
        Product mug = shop.product("Mug", "12.00");
        Order order = placed(shop.cart(customer, line(mug, 1)));

        OrderEarningImpl again = broadleaf.inSession(() -> club.earnings().earnFor(
                shop.orders().findOrderById(order.getId())));

        assertThat(again.getPoints()).isEqualTo(12);
        assertThat(entries()).hasSize(1);
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(12);
    }

    @Test
    void a_failed_checkout_earns_nothing_and_the_retry_earns_once() throws Exception {
        Product mug = shop.product("Mug", "12.00");
        Order cart = shop.cart(customer, line(mug, 1));

        FailingCheckoutActivity.fail();
        assertThatThrownBy(() -> placed(cart)).isInstanceOf(CheckoutException.class);
        Balance afterFailure = club.assertConsistent(account.getId());
        assertThat(afterFailure.getPending()).isZero();
        assertThat(afterFailure.getDebt()).isZero();
        assertThat(club.earnings().findForOrder(cart.getId())).isNull();

        FailingCheckoutActivity.succeed();
        Order order = broadleaf.inSession(() -> placed(shop.orders().findOrderById(cart.getId())));

        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(12);
        assertThat(entries()).extracting(LedgerEntry::getType).containsExactly(EntryType.EARN);
        assertThat(club.earnings().findForOrder(order.getId()).getAttempt()).isEqualTo(1);
    }

    @Test
    void points_credited_before_a_checkout_failed_are_taken_back_and_the_retry_earns_once() throws Exception {
        Product mug = shop.product("Mug", "12.00");
        Order order = placed(shop.cart(customer, line(mug, 1)));

        // The checkout's rollback after the points were credited (a merchant's later step saving the order early).
        club.earnings().rollBack(order.getId());
        assertThat(club.assertConsistent(account.getId()).getPending()).isZero();
        broadleaf.inSession(() -> club.earnings().earnFor(shop.orders().findOrderById(order.getId())));

        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(12);
        assertThat(entries()).extracting(LedgerEntry::getType)
                .containsExactly(EntryType.EARN, EntryType.REVERSE_EARN, EntryType.EARN);
        assertThat(club.earnings().findForOrder(order.getId()).getAttempt()).isEqualTo(2);
    }

    @Test
    void orders_placed_while_earning_failed_are_credited_later_once() throws Exception {
        Product mug = shop.product("Mug", "15.00");
        Order order = placed(shop.cart(customer, line(mug, 1)));
        // As if the process had stopped between Broadleaf completing the order and the club crediting it:
        // nothing of the earning was written.
        broadleaf.inTransaction(() -> {
            javax.persistence.EntityManager em = broadleaf.entityManager();
            em.createQuery("delete from OrderEarningLineImpl").executeUpdate();
            em.createQuery("delete from OrderEarningImpl e where e.orderId = :order").setParameter("order", order.getId())
                    .executeUpdate();
            em.createQuery("delete from PointsLotImpl l where l.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            em.createQuery("delete from PointsDueImpl d where d.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            em.createQuery("delete from PointsBalanceImpl b where b.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            em.createQuery("delete from LedgerEntryImpl e where e.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            return null;
        });
        assertThat(club.assertConsistent(account.getId()).getPending()).isZero();

        Instant since = Instant.now().minus(Duration.ofHours(1));
        int credited = broadleaf.inSession(() -> club.earnings().earnMissed(since, 100));

        assertThat(credited).isGreaterThanOrEqualTo(1);
        assertThat(broadleaf.inSession(() -> club.earnings().earnMissed(since, 100))).isZero();
        assertThat(club.assertConsistent(account.getId()).getPending()).isEqualTo(15);
    }

    private void rule(String name, Product product, Category category, String multiplier, boolean excluded) {
        created.add(broadleaf.inTransaction(() -> {
            EarningRuleImpl rule = new EarningRuleImpl();
            rule.setName(name);
            rule.setProduct(product == null ? null : broadleaf.entityManager().merge(product));
            rule.setCategory(category == null ? null : broadleaf.entityManager().merge(category));
            rule.setMultiplier(multiplier == null ? null : new BigDecimal(multiplier));
            rule.setExcluded(excluded);
            broadleaf.entityManager().persist(rule);
            return rule;
        }));
    }

    private void campaign(String name, String multiplier, Instant starts, Instant ends) {
        created.add(broadleaf.inTransaction(() -> {
            EarningCampaignImpl campaign = new EarningCampaignImpl();
            campaign.setName(name);
            campaign.setMultiplier(new BigDecimal(multiplier));
            campaign.setStartsAt(Date.from(starts));
            campaign.setEndsAt(Date.from(ends));
            broadleaf.entityManager().persist(campaign);
            return campaign;
        }));
    }
}
