package io.loyaltyclub.tier.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import io.loyaltyclub.tier.broadleaf.TierFreeShippingActivity;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.TierDao;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** A tier's free shipping from an amount, in Broadleaf's real pricing (the test shipping costs 5.00). */
class TierFreeShippingIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private Product lamp;

    @BeforeEach
    void goldShipsFreeFromFifty() {
        club.reset();
        club.tier("SILVER", 1, "1");
        LoyaltyTier gold = club.tier("GOLD", 2, "1");
        broadleaf.inTransaction(() -> {
            LoyaltyTier stored = broadleaf.bean("loyaltyTierDao", TierDao.class).findByCode(gold.getCode());
            stored.setFreeShippingFrom(new BigDecimal("50.00"));
            return broadleaf.bean("loyaltyTierDao", TierDao.class).save(stored);
        });
        broadleaf.bean("loyaltyTierFreeShippingActivity", TierFreeShippingActivity.class).forget();
        lamp = shop.product("Lamp", "30.00");
    }

    @AfterEach
    void reset() {
        broadleaf.inTransaction(() -> {
            broadleaf.bean("loyaltyTierDao", TierDao.class).findByCode("GOLD").setFreeShippingFrom(null);
            return null;
        });
        club.reset();
    }

    private Customer memberIn(String name, String tier) {
        Customer customer = shop.customer(name);
        LoyaltyAccount account = club.join(customer);
        club.setTier(account.getId(), tier);
        return customer;
    }

    private Order shippedCart(Customer customer, int lamps) {
        return shop.shipped(shop.cart(customer, line(lamp, lamps)));
    }

    @Test
    void a_gold_member_ships_free_from_fifty() {
        Order order = shippedCart(memberIn("gold-shipper", "GOLD"), 2);

        assertThat(order.getTotalShipping()).isEqualTo(new Money("0.00"));
        assertThat(order.getTotal()).isEqualTo(new Money("60.00"));
    }

    @Test
    void below_the_amount_a_lower_tier_and_a_guest_pay_shipping() {
        assertThat(shippedCart(memberIn("gold-small", "GOLD"), 1).getTotalShipping()).as("30 < 50")
                .isEqualTo(new Money("5.00"));
        assertThat(shippedCart(memberIn("silver-shipper", "SILVER"), 2).getTotalShipping()).isEqualTo(new Money("5.00"));
        assertThat(shippedCart(shop.customer("guest-shipper"), 2).getTotal()).isEqualTo(new Money("65.00"));
    }
}
