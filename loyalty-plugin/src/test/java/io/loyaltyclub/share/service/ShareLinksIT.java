package io.loyaltyclub.share.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.share.broadleaf.SharedVisitCookie;
import io.loyaltyclub.share.persistence.ShareLinkImpl;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.FailingCheckoutActivity;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.concurrent.Callable;
import javax.servlet.http.Cookie;

class ShareLinksIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final Shop shop = broadleaf.shop();
    private final ShareService shares = broadleaf.bean("loyaltyShareService", ShareService.class);
    private Product lamp;
    private LoyaltyAccount sharer;
    private ShareLinkImpl link;

    @BeforeEach
    void aMemberSharesALamp() {
        club.reset();
        FailingCheckoutActivity.succeed();
        club.actionRule(ActionType.SHARE, 30, 5, null, null, null);
        lamp = shop.product("Shared lamp", "40.00");
        sharer = club.newMember("sharer");
        link = shares.linkFor(sharer.getId(), lamp.getId());
    }

    @AfterEach
    void resetTheClub() {
        FailingCheckoutActivity.succeed();
        club.reset();
    }

    /** Runs {@code work} as a storefront request of a visitor who carries the link's cookie. */
    private <T> T asVisitor(String token, Callable<T> work) {
        return broadleaf.inSession(() -> {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            request.setCookies(new Cookie(SharedVisitCookie.NAME, token));
            BroadleafRequestContext.getBroadleafRequestContext().setRequest(request);
            return work.call();
        });
    }

    private Balance sharerBalance() {
        return club.assertConsistent(sharer.getId());
    }

    @Test
    void a_member_has_one_link_per_product_the_same_each_time() {
        Product other = shop.product("Other lamp", "10.00");

        assertThat(shares.linkFor(sharer.getId(), lamp.getId()).getToken()).isEqualTo(link.getToken());
        assertThat(shares.linkFor(sharer.getId(), other.getId()).getToken()).isNotEqualTo(link.getToken());
        assertThat(shares.findByToken(link.getToken()).getAccountId()).isEqualTo(sharer.getId());
        assertThat(shares.findByToken("not-a-token")).isNull();
    }

    @Test
    void a_visitor_following_the_link_is_remembered_but_the_sharer_following_it_is_not() {
        assertThat(shares.followed(link.getToken(), null)).isTrue();
        assertThat(shares.followed(link.getToken(), sharer.getCustomerId())).isFalse();
        assertThat(shares.followed("x", null)).isFalse();

        assertThat(shares.findByToken(link.getToken()).getVisits()).isEqualTo(1);
        assertThat(sharerBalance().getAvailable()).as("a visit alone earns nothing").isEqualTo(100);
    }

    @Test
    void a_visitor_who_registers_through_the_link_earns_the_sharer_the_reward_once() {
        Customer visitor = asVisitor(link.getToken(), () -> shop.customer("visitor"));

        assertThat(sharerBalance().getAvailable()).isEqualTo(100 + 30);
        assertThat(club.actions().wasGranted(sharer.getId(), ActionType.SHARE, "customer:" + visitor.getId())).isTrue();

        // The same visitor then buys: nothing more.
        Order cart = shop.cart(visitor, Shop.line(lamp, 1));
        asVisitor(link.getToken(), () -> shop.checkout(cart));
        assertThat(sharerBalance().getAvailable()).isEqualTo(130);
        assertThat(sharerBalance().getPending()).isZero();
    }

    @Test
    void a_visitors_order_earns_the_sharer_the_reward_pending_for_the_return_window() {
        Customer visitor = shop.customer("buyer");
        Order cart = shop.cart(visitor, Shop.line(lamp, 1));

        asVisitor(link.getToken(), () -> shop.checkout(cart));

        Balance balance = sharerBalance();
        assertThat(balance.getAvailable()).isEqualTo(100);
        assertThat(balance.getPending()).isEqualTo(30);
    }

    @Test
    void an_admin_ending_the_visitors_return_window_makes_the_sharers_reward_available_at_once() {
        Customer visitor = shop.customer("delivered");
        Order cart = shop.cart(visitor, Shop.line(lamp, 1));
        Order order = asVisitor(link.getToken(), () -> shop.checkout(cart));
        assertThat(sharerBalance().getPending()).isEqualTo(30);

        broadleaf.inSession(() -> broadleaf.bean("loyaltyOrderReturnService",
                io.loyaltyclub.returns.service.OrderReturnService.class).endReturnWindow(order.getId(), "admin",
                "Delivered", "end-window-" + order.getId()));

        assertThat(sharerBalance().getPending()).isZero();
        assertThat(sharerBalance().getAvailable()).isEqualTo(130);
    }

    @Test
    void a_visitors_cancelled_order_takes_the_sharers_reward_back() {
        Customer visitor = shop.customer("canceller");
        Order cart = shop.cart(visitor, Shop.line(lamp, 1));
        Order order = asVisitor(link.getToken(), () -> shop.checkout(cart));
        assertThat(sharerBalance().getPending()).isEqualTo(30);

        io.loyaltyclub.returns.service.OrderReturnService returns = broadleaf.bean("loyaltyOrderReturnService",
                io.loyaltyclub.returns.service.OrderReturnService.class);
        returns.cancel(order.getId(), "admin", "changed their mind", "cancel-" + order.getId());
        returns.cancel(order.getId(), "admin", "changed their mind", "cancel-" + order.getId());

        assertThat(club.actions().grantsOf(sharer.getId(), ActionType.SHARE)).isEmpty();
        assertThat(sharerBalance().getPending()).isZero();
        assertThat(sharerBalance().getAvailable()).isEqualTo(100);
    }

    @Test
    void the_sharers_own_order_through_their_own_link_earns_no_share_reward() {
        Customer own = broadleaf.inSession(() -> shop.customers().readCustomerById(sharer.getCustomerId()));
        Order cart = shop.cart(own, Shop.line(lamp, 1));

        asVisitor(link.getToken(), () -> shop.checkout(cart));

        assertThat(club.actions().grantsOf(sharer.getId(), ActionType.SHARE)).isEmpty();
    }

    @Test
    void a_failed_checkout_takes_the_reward_back_and_the_retry_earns_it_once() {
        Customer visitor = shop.customer("failing");
        Order cart = shop.cart(visitor, Shop.line(lamp, 1));

        FailingCheckoutActivity.fail();
        assertThatThrownBy(() -> asVisitor(link.getToken(), () -> shop.checkout(cart)))
                .hasRootCauseInstanceOf(RuntimeException.class);
        assertThat(club.actions().grantsOf(sharer.getId(), ActionType.SHARE)).isEmpty();
        assertThat(sharerBalance().getPending()).isZero();

        FailingCheckoutActivity.succeed();
        asVisitor(link.getToken(), () -> shop.checkout(shop.orders().findOrderById(cart.getId())));

        assertThat(club.actions().grantsOf(sharer.getId(), ActionType.SHARE)).hasSize(1);
        assertThat(sharerBalance().getPending()).isEqualTo(30);
    }

    @Test
    void a_registration_without_the_cookie_rewards_nobody() {
        shop.customer("stranger");

        assertThat(club.actions().grantsOf(sharer.getId(), ActionType.SHARE)).isEmpty();
    }
}
