package io.loyaltyclub.coupon.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import io.loyaltyclub.tier.domain.TierRequirement;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coupon codes and offers limited to a tier and above, in Broadleaf's real pricing. */
class TierOffersIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final TierOffers tierOffers = broadleaf.bean("loyaltyTierOffers", TierOffers.class);
    private Product lamp;
    private String goldCode;
    private Offer goldOffer;

    @BeforeEach
    void aGoldOnlyCode() {
        club.reset();
        club.tier("SILVER", 1, "1");
        club.tier("GOLD", 2, "1");
        lamp = shop.product("Lamp", "50.00");
        goldCode = shop.orderDiscountCode(10);
        goldOffer = broadleaf.inSession(() -> broadleaf.bean("blOfferService", OfferService.class)
                .lookupOfferCodeByCode(goldCode).getOffer());
        tierOffers.limit(goldOffer.getId(), "GOLD", "admin");
    }

    @AfterEach
    void reset() {
        club.reset();
    }

    private Customer memberIn(String name, String tier) {
        Customer customer = shop.customer(name);
        LoyaltyAccount account = club.join(customer);
        club.setTier(account.getId(), tier);
        return customer;
    }

    private Order cartWithCode(Customer customer) {
        return shop.applyCode(shop.cart(customer, line(lamp, 2)), goldCode);
    }

    @Test
    void a_gold_member_gets_the_discount_of_a_gold_code() {
        Order order = cartWithCode(memberIn("gold", "GOLD"));

        assertThat(order.getSubTotal()).isEqualTo(new Money("100.00"));
        assertThat(order.getOrderAdjustmentsValue()).isEqualTo(new Money("10.00"));
        assertThat(order.getAddedOfferCodes()).extracting("offerCode").containsExactly(goldCode);
        assertThat(tierOffers.refusalFor(goldOffer, order.getCustomer())).isNull();
    }

    @Test
    void a_silver_member_a_member_below_all_tiers_and_a_non_member_are_told_why_and_get_no_discount() {
        Customer silver = memberIn("silver", "SILVER");
        Customer newcomer = memberIn("newcomer", null);
        Customer guest = shop.customer("not-a-member");

        OfferRefusal tooLow = tierOffers.refusalFor(goldOffer, silver);
        assertThat(tooLow.getWhy()).isEqualTo(TierRequirement.Why.TIER_TOO_LOW);
        assertThat(tooLow.getMessageKey()).isEqualTo("loyalty.coupon.tierTooLow");
        assertThat(tooLow.getMessageArguments()).containsExactly("Gold", "Silver");
        assertThat(tierOffers.refusalFor(goldOffer, newcomer).getMessageKey()).isEqualTo("loyalty.coupon.noTierYet");
        assertThat(tierOffers.refusalFor(goldOffer, guest).getWhy()).isEqualTo(TierRequirement.Why.NOT_A_MEMBER);

        for (Customer customer : new Customer[] {silver, newcomer, guest}) {
            Order order = cartWithCode(customer);
            assertThat(order.getOrderAdjustmentsValue()).as("no discount").isEqualTo(new Money("0.00"));
            assertThat(order.getAddedOfferCodes()).as("the code is taken off the order").isEmpty();
        }
    }

    @Test
    void a_member_who_drops_below_the_tier_loses_the_code_at_the_next_pricing_and_an_open_offer_is_for_all_again() {
        Customer customer = memberIn("dropping", "GOLD");
        Order order = cartWithCode(customer);
        assertThat(order.getOrderAdjustmentsValue()).isEqualTo(new Money("10.00"));

        club.setTier(club.memberships().findByCustomer(customer.getId()).getId(), "SILVER");
        Order repriced = shop.price(order);

        assertThat(repriced.getOrderAdjustmentsValue()).isEqualTo(new Money("0.00"));
        assertThat(repriced.getAddedOfferCodes()).isEmpty();

        tierOffers.limit(goldOffer.getId(), null, "admin");
        assertThat(tierOffers.requiredTier(goldOffer.getId())).isNull();
        assertThat(cartWithCode(customer).getOrderAdjustmentsValue()).isEqualTo(new Money("10.00"));
    }
}
