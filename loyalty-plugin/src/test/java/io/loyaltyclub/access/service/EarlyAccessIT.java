package io.loyaltyclub.access.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.access.persistence.EarlyAccess;
import io.loyaltyclub.access.persistence.EarlyAccessDao;
import io.loyaltyclub.access.persistence.EarlyAccessImpl;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/** Products for members of a tier until their launch, in Broadleaf's real add-to-cart workflow. */
class EarlyAccessIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final EarlyAccessService earlyAccess = broadleaf.bean("loyaltyEarlyAccess", EarlyAccessService.class);
    private final List<EarlyAccess> created = new ArrayList<EarlyAccess>();
    private Instant launch;

    @BeforeEach
    void tiers() {
        club.reset();
        club.tier("SILVER", 1, "1");
        club.tier("GOLD", 2, "1");
        launch = Instant.now().plus(Duration.ofDays(10));
    }

    @AfterEach
    void reset() {
        club.reset();
        broadleaf.inTransaction(() -> {
            for (EarlyAccess access : created) {
                broadleaf.entityManager().remove(broadleaf.entityManager().merge(access));
            }
            return null;
        });
    }

    private void forGoldUntilLaunch(Product product, Category category) {
        created.add(broadleaf.inTransaction(() -> {
            EarlyAccess access = new EarlyAccessImpl();
            access.setName("Preview " + Shop.unique());
            access.setProduct(product == null ? null : broadleaf.entityManager().merge(product));
            access.setCategory(category == null ? null : broadleaf.entityManager().merge(category));
            access.setTierCode("GOLD");
            access.setLaunchAt(Date.from(launch));
            return broadleaf.bean("loyaltyEarlyAccessDao", EarlyAccessDao.class).save(access);
        }));
    }

    private Customer memberIn(String name, String tier) {
        Customer customer = shop.customer(name);
        LoyaltyAccount account = club.join(customer);
        club.setTier(account.getId(), tier);
        return customer;
    }

    @Test
    void before_its_launch_a_product_goes_into_gold_members_carts_only() {
        Product jacket = shop.product("Preview jacket", "120.00");
        forGoldUntilLaunch(jacket, null);

        Order gold = shop.cart(memberIn("gold", "GOLD"), line(jacket, 1));
        assertThat(gold.getOrderItems()).hasSize(1);

        for (Customer outsider : Arrays.asList(memberIn("silver", "SILVER"), shop.customer("guest"))) {
            assertThatThrownBy(() -> shop.cart(outsider, line(jacket, 1)))
                    .satisfies(e -> {
                        EarlyAccessRefusal refusal = EarlyAccessException.findIn(e);
                        assertThat(refusal).as("an early-access refusal").isNotNull();
                        assertThat(refusal.getTierName()).isEqualTo("Gold");
                        assertThat(refusal.getLaunchDay()).isEqualTo(launch.atZone(ZoneOffset.UTC).toLocalDate());
                    });
        }

        club.clock().moveBy(Duration.ofDays(11));
        assertThat(shop.cart(shop.customer("after-launch"), line(jacket, 1)).getOrderItems())
                .as("launched: for everybody").hasSize(1);
    }

    @Test
    void a_category_in_preview_hides_the_products_of_its_sub_categories_from_lists_and_its_own_page() {
        Category collection = shop.category("Autumn collection");
        Category coats = shop.subCategory("Coats", collection);
        Product coat = shop.product("Wool coat", "200.00", coats);
        Product mug = shop.product("Plain mug", "10.00");
        forGoldUntilLaunch(null, collection);
        Customer silver = memberIn("silver-lister", "SILVER");
        Customer gold = memberIn("gold-lister", "GOLD");

        List<Product> seenBySilver = new ArrayList<Product>(Arrays.asList(coat, mug));
        assertThat(broadleaf.inSession(() -> earlyAccess.removeHidden(seenBySilver, silver))).isEqualTo(1);
        assertThat(seenBySilver).containsExactly(mug);
        List<Product> seenByGold = new ArrayList<Product>(Arrays.asList(coat, mug));
        assertThat(broadleaf.inSession(() -> earlyAccess.removeHidden(seenByGold, gold))).isZero();

        assertThat(broadleaf.inSession(() -> earlyAccess.refusalFor(coats, silver))).isNotNull();
        assertThat(broadleaf.inSession(() -> earlyAccess.refusalFor(coats, gold))).isNull();
        assertThat(broadleaf.inSession(() -> earlyAccess.refusalFor(coat, null)).isMember()).as("a guest").isFalse();
    }

    @Test
    void the_previews_come_from_memory_and_a_change_on_another_node_counts_within_the_refresh_seconds()
            throws InterruptedException {
        Product vase = shop.product("Preview vase", "40.00");
        forGoldUntilLaunch(vase, null);
        Customer silver = memberIn("silver-elsewhere", "SILVER");
        assertThat(broadleaf.inSession(() -> earlyAccess.refusalFor(vase, silver))).as("saved on this node: at once")
                .isNotNull();

        // What the admin's JVM does: the row changes, no entity of this JVM does (plain SQL).
        long id = created.get(created.size() - 1).getId();
        EarlyAccessRefusal inTheChangingTransaction = broadleaf.inTransaction(() -> {
            broadleaf.entityManager().createNativeQuery(
                    "update LOYALTY_EARLY_ACCESS set ACTIVE = false where EARLY_ACCESS_ID = " + id).executeUpdate();
            return earlyAccess.refusalFor(vase, silver);
        });
        assertThat(inTheChangingTransaction).as("from memory, not a query in the caller's transaction").isNotNull();
        assertThat(refusalWithin(vase, silver, false)).as("switched off elsewhere: seen within 1 s in the harness")
                .isNull();

        broadleaf.inTransaction(() -> broadleaf.entityManager().createNativeQuery(
                "update LOYALTY_EARLY_ACCESS set ACTIVE = true where EARLY_ACCESS_ID = " + id).executeUpdate());
        assertThat(refusalWithin(vase, silver, true)).as("switched on again elsewhere").isNotNull();

        club.clock().moveBy(Duration.ofDays(11));
        assertThat(broadleaf.inSession(() -> earlyAccess.refusalFor(vase, silver)))
                .as("launched at its moment, whenever the previews were read").isNull();
        club.clock().reset();
        assertThat(broadleaf.inSession(() -> earlyAccess.refusalFor(vase, silver)))
                .as("the clock moved back before the last read: read again").isNotNull();
    }

    /** The shopper's refusal once it is there ({@code refused}) or gone, waiting up to 3 s. */
    private EarlyAccessRefusal refusalWithin(Product product, Customer shopper, boolean refused)
            throws InterruptedException {
        long until = System.nanoTime() + 3_000_000_000L;
        EarlyAccessRefusal refusal = broadleaf.inSession(() -> earlyAccess.refusalFor(product, shopper));
        while ((refusal != null) != refused && System.nanoTime() < until) {
            Thread.sleep(100);
            refusal = broadleaf.inSession(() -> earlyAccess.refusalFor(product, shopper));
        }
        return refusal;
    }
}
