package io.loyaltyclub.redeeming.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loyaltyclub.api.domain.PartnerPoints;
import io.loyaltyclub.api.persistence.ApiKey;
import io.loyaltyclub.api.service.ApiKeyService;
import io.loyaltyclub.api.service.ApiRefusal;
import io.loyaltyclub.api.service.PartnerApiService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.redeeming.broadleaf.PointsPayments;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which refusal a redemption gets when several apply, at checkout and through the partner API alike: the request's
 * own rules (the per-request ceiling, then the programme's minimum) before the member's balance. A redemption both
 * under the minimum and over the balance is refused for the minimum; nothing changes either way.
 */
class RedemptionRefusalIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final PointsPaymentService checkout = club.pointsPayments();
    private final PartnerApiService api = broadleaf.bean("loyaltyPartnerApiService", PartnerApiService.class);
    private ApiKey key;
    private Customer customer;
    private LoyaltyAccount member;
    private Order cart;

    @BeforeEach
    void aMemberWithFiftyPointsAndAMinimumOfAHundred() {
        club.reset();
        club.configure(p -> {
            p.setWelcomeBonusPoints(0L);
            p.setMinimumRedemptionPoints(100L);
        });
        key = broadleaf.bean("loyaltyApiKeyService", ApiKeyService.class).create("Refusals", "test", null).getKey();
        customer = shop.customer("refusals");
        member = club.join(customer);
        club.give(member.getId(), 50);
        Product kettle = shop.product("Refusal kettle", "80.00");
        cart = shop.shipped(shop.cart(customer, line(kettle, 1)));
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @Test
    void under_the_minimum_and_over_the_balance_the_minimum_is_the_refusal_at_checkout_and_through_the_api() {
        assertThat(checkoutRefusal(80)).isEqualTo(PointsRefusedException.Why.BELOW_MINIMUM);
        ApiRefusal refused = apiRefusal(80, "both");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getCode()).isEqualTo("below_minimum");
        assertThat(refused.getMessage()).isEqualTo("A redemption is at least 100 points.");

        assertNothingChanged();
    }

    @Test
    void at_the_minimum_and_over_the_balance_the_balance_is_the_refusal_and_the_ceiling_comes_before_both() {
        assertThat(checkoutRefusal(100)).isEqualTo(PointsRefusedException.Why.ABOVE_BALANCE);
        ApiRefusal overBalance = apiRefusal(100, "balance");
        assertThat(overBalance.getStatus()).isEqualTo(409);
        assertThat(overBalance.getCode()).isEqualTo("insufficient_points");

        ApiRefusal overCeiling = apiRefusal(PartnerPoints.MAX_PER_REQUEST + 1, "ceiling");
        assertThat(overCeiling.getCode()).isEqualTo("limit_exceeded");

        assertNothingChanged();
    }

    private PointsRefusedException.Why checkoutRefusal(long points) {
        return catchThrowableOfType(() -> broadleaf.inSession(() -> checkout.apply(
                shop.orders().findOrderById(cart.getId()), customer, points)), PointsRefusedException.class).getWhy();
    }

    private ApiRefusal apiRefusal(long points, String request) {
        return catchThrowableOfType(() -> broadleaf.inSession(() -> api.redeem(key, "refusal-" + request + "-"
                + Shop.unique(), customer.getId(), points, "Coffee", "R-" + request)), ApiRefusal.class);
    }

    private void assertNothingChanged() {
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(50);
        assertThat(broadleaf.inSession(() -> PointsPayments.of(shop.orders().findOrderById(cart.getId())))).isEmpty();
    }
}
