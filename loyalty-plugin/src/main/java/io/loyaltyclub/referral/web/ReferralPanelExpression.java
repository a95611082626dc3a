package io.loyaltyclub.referral.web;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.referral.persistence.ReferralSettings;
import io.loyaltyclub.referral.service.ReferralService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.context.MessageSource;

import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * {@code ${#loyaltyReferrals.panel()}} in storefront templates: the signed-in member's referral section
 * ({@link ReferralPanel}), or null for anybody who is not an active member. The members' area includes it with
 * {@code loyalty/partials/referrals :: panel}.
 */
public class ReferralPanelExpression implements BroadleafVariableExpression {

    /** The most recent referrals the members' area lists. */
    static final int LISTED = 50;

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Override
    public String getName() {
        return "loyaltyReferrals";
    }

    public ReferralPanel panel() {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isRegistered() || customer.getId() == null) {
            return null;
        }
        LoyaltyAccount account = memberships.findByCustomer(customer.getId());
        if (account == null || !account.isActive()) {
            return null;
        }
        LoyaltyProgram programme = programmes.findProgramme();
        ReferralSettings settings = referrals.settings();
        String code = referrals.codeOf(account.getId());
        Locale locale = ShopperFormats.shopperLocale();
        ShopperFormats formats = ShopperFormats.ofRequest(programme.toRules().zone());
        String subject = messages.getMessage("loyalty.referral.share.subject", new Object[]{programme.getName()},
                locale);
        String message = messages.getMessage("loyalty.referral.share.message",
                new Object[]{programme.getName(), formats.points(settings.getFriendPoints())}, locale);
        return new ReferralPanel(code, linkOf(code), settings.isActive() && programme.isActive(),
                settings.getFriendPoints(), settings.getAdvocatePoints(), settings.getMonthlyCap(), subject, message,
                referrals.referralsOf(account.getId(), LISTED), formats);
    }

    /** The member's link on this shop: scheme, host and port of the request, then /r/{code}. */
    static String linkOf(String code) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        String path = ReferralLinkPaths.of(code);
        if (request == null) {
            return path;
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443) || port <= 0;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + path;
    }
}
