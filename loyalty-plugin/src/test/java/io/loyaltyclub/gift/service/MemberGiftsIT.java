package io.loyaltyclub.gift.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.gift.persistence.MemberGift;
import io.loyaltyclub.gift.persistence.MemberGiftDao;
import io.loyaltyclub.gift.persistence.MemberGiftImpl;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Member gifts with purchase in Broadleaf's real cart workflows. */
class MemberGiftsIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final MemberGifts gifts = broadleaf.bean("loyaltyMemberGifts", MemberGifts.class);
    private final List<MemberGift> created = new ArrayList<MemberGift>();
    private Product tea;
    private Product cup;

    @BeforeEach
    void aCupWithEveryTeaTin() {
        club.reset();
        tea = shop.product("Tea tin", "20.00");
        cup = shop.product("Tasting cup", "9.00");
        created.add(broadleaf.inTransaction(() -> {
            MemberGift gift = new MemberGiftImpl();
            gift.setName("A cup with the tea " + Shop.unique());
            gift.setTriggerProduct(broadleaf.entityManager().merge(tea));
            gift.setGiftProduct(broadleaf.entityManager().merge(cup));
            return broadleaf.bean("loyaltyMemberGiftDao", MemberGiftDao.class).save(gift);
        }));
    }

    @AfterEach
    void removeTheGift() {
        club.reset();
        broadleaf.inTransaction(() -> {
            for (MemberGift gift : created) {
                MemberGift stored = broadleaf.entityManager().merge(gift);
                stored.setActive(false);
            }
            return null;
        });
    }

    private List<DiscreteOrderItem> giftLines(Order order) {
        List<DiscreteOrderItem> lines = new ArrayList<DiscreteOrderItem>();
        for (DiscreteOrderItem item : order.getDiscreteOrderItems()) {
            if (gifts.isGift(item)) {
                lines.add(item);
            }
        }
        return lines;
    }

    @Test
    void a_member_buying_the_tea_gets_the_cup_free_and_loses_it_when_the_tea_goes() throws Exception {
        Customer member = shop.customer("gift-member");
        club.join(member);

        Order cart = shop.cart(member, line(tea, 2));

        assertThat(giftLines(cart)).hasSize(1);
        DiscreteOrderItem gift = giftLines(cart).get(0);
        assertThat(gift.getProduct().getId()).isEqualTo(cup.getId());
        assertThat(gift.getQuantity()).isEqualTo(1);
        assertThat(gift.getPrice()).isEqualTo(new Money("0.00"));
        assertThat(cart.getSubTotal()).as("two tins, the cup free").isEqualTo(new Money("40.00"));

        long teaLine = cart.getDiscreteOrderItems().stream().filter(i -> !gifts.isGift(i)).findFirst().get().getId();
        Order withoutTea = broadleaf.inSession(() -> shop.orders().removeItem(cart.getId(), teaLine, true));

        assertThat(withoutTea.getOrderItems()).as("the cup left with the tea").isEmpty();
    }

    @Test
    void a_guest_buying_the_tea_gets_no_cup_and_more_cups_than_the_gift_are_paid_for() throws Exception {
        Order guestCart = shop.cart(shop.customer("gift-guest"), line(tea, 1));
        assertThat(giftLines(guestCart)).isEmpty();

        Customer member = shop.customer("gift-lover");
        club.join(member);
        Order cart = shop.cart(member, line(tea, 1));
        DiscreteOrderItem gift = giftLines(cart).get(0);
        org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO three =
                new org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO();
        three.setOrderItemId(gift.getId());
        three.setQuantity(3);
        Order changed = broadleaf.inSession(() -> shop.orders().updateItemQuantity(cart.getId(), three, true));

        assertThat(giftLines(changed)).hasSize(1);
        assertThat(giftLines(changed).get(0).getQuantity()).isEqualTo(1);
        assertThat(changed.getSubTotal()).as("the tin, one cup free, two cups paid").isEqualTo(new Money("38.00"));
    }
}
