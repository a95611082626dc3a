package io.loyaltyclub.birthday.web;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.persistence.ActionRule;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.birthday.persistence.BirthdayImpl;
import io.loyaltyclub.birthday.service.BirthdayService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.platform.web.SignedInCustomer;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.annotation.Resource;

/** {@code ${#loyaltyBirthday.ofSignedIn()}} for the loyalty/partials/birthday fragment of the members' area. */
public class BirthdayExpression implements BroadleafVariableExpression {

    @Resource(name = "loyaltyBirthdayService")
    protected BirthdayService birthdays;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Override
    public String getName() {
        return "loyaltyBirthday";
    }

    /** The signed-in member's birthday section, or null for anybody else. */
    public BirthdayView ofSignedIn() {
        Customer customer = SignedInCustomer.current();
        LoyaltyAccount account = customer == null ? null : memberships.findByCustomer(customer.getId());
        if (account == null) {
            return null;
        }
        ZoneId zone = programmes.findProgramme().toRules().zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        ShopperFormats formats = ShopperFormats.ofRequest(zone);
        ActionRule birthday = rewards.rule(ActionType.BIRTHDAY);
        ActionRule profile = rewards.rule(ActionType.PROFILE);
        BirthdayImpl given = birthdays.birthdayOf(account.getId());
        long profilePoints = profile.isActive() && given == null ? profile.getPoints() : 0;
        long birthdayPoints = birthday.isActive() ? birthday.getPoints() : 0;
        if (given == null) {
            return new BirthdayView(null, null, 0, false, birthdayPoints, profilePoints, today.toString());
        }
        boolean waits = given.getFirstRewardYear() > today.getYear()
                && (given.getLastRewardYear() == null || given.getLastRewardYear() < today.getYear());
        return new BirthdayView(given.getBirthDate().toString(), formats.day(given.getBirthDate()),
                given.getFirstRewardYear(), waits, birthdayPoints, profilePoints, today.toString());
    }
}
