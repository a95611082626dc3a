package io.loyaltyclub.coupon.web;

import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.coupon.service.SaleDayNotice;
import io.loyaltyclub.platform.web.ShopperMemory;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.time.Clock;
import java.util.function.Supplier;
import javax.annotation.Resource;

/**
 * {@code ${#loyaltySaleDay.today()}} in storefront templates: today's members' sale day as the shopper sees it, or
 * null (see the loyalty/partials/saleDay fragment).
 */
public class SaleDayExpression implements BroadleafVariableExpression {

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "loyaltyShopperMemory")
    protected ShopperMemory memory;

    @Override
    public String getName() {
        return "loyaltySaleDay";
    }

    public SaleDayNotice today() {
        Customer customer = CustomerState.getCustomer();
        final Long customerId = customer != null && customer.isRegistered() ? customer.getId() : null;
        // Every page shows the banner: a member's invitation and code are read once in a few seconds.
        return memory.recall(customerId, "saleDay", new Supplier<SaleDayNotice>() {
            @Override
            public SaleDayNotice get() {
                return coupons.saleDayToday(customerId, clock.instant());
            }
        });
    }
}
