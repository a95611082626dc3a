package io.loyaltyclub.coupon.web;

import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.coupon.service.SaleDayNotice;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.time.Clock;
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

    @Override
    public String getName() {
        return "loyaltySaleDay";
    }

    public SaleDayNotice today() {
        Customer customer = CustomerState.getCustomer();
        Long customerId = customer != null && customer.isRegistered() ? customer.getId() : null;
        return coupons.saleDayToday(customerId, clock.instant());
    }
}
