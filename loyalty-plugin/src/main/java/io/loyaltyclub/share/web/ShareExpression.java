package io.loyaltyclub.share.web;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.persistence.ActionRule;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.FlashNotes;
import io.loyaltyclub.platform.web.ProductPages;
import io.loyaltyclub.platform.web.ShopperMemory;
import io.loyaltyclub.platform.web.SignedInCustomer;
import io.loyaltyclub.share.broadleaf.SharedVisitCookie;
import io.loyaltyclub.share.persistence.ShareLinkImpl;
import io.loyaltyclub.share.service.ShareService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.function.Supplier;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/** {@code ${#loyaltyShare.of(product)}} for the loyalty/partials/share fragment of a product page. */
public class ShareExpression implements BroadleafVariableExpression {

    @Resource(name = "loyaltyShareService")
    protected ShareService shares;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Resource(name = "loyaltyShopperMemory")
    protected ShopperMemory memory;

    /** What the share part shows of the shopper's own: a member or not, their link's token and visits. */
    static final class OwnLink {
        final boolean member;
        final String token;
        final long visits;

        OwnLink(boolean member, String token, long visits) {
            this.member = member;
            this.token = token;
            this.visits = visits;
        }
    }

    @Override
    public String getName() {
        return "loyaltyShare";
    }

    public ShareView of(Product product) {
        if (product == null || product.getId() == null) {
            return null;
        }
        ActionRule rule = rewards.rule(ActionType.SHARE);
        long points = rule.isActive() ? rule.getPoints() : 0;
        Object notice = FlashNotes.get("loyaltyShareNotice");
        Customer customer = SignedInCustomer.current();
        if (customer == null) {
            return new ShareView(true, false, null, 0, points, notice);
        }
        final long customerId = customer.getId();
        final long productId = product.getId();
        OwnLink own = memory.recall(customerId, "share:" + productId, new Supplier<OwnLink>() {
            @Override
            public OwnLink get() {
                LoyaltyAccount account = memberships.findByCustomer(customerId);
                if (account == null || !account.isActive()) {
                    return new OwnLink(false, null, 0);
                }
                ShareLinkImpl link = shares.existingLink(account.getId(), productId);
                return new OwnLink(true, link == null ? null : link.getToken(), link == null ? 0 : link.getVisits());
            }
        });
        if (!own.member) {
            return new ShareView(false, false, null, 0, points, notice);
        }
        return new ShareView(false, true, own.token == null ? null : absolute(product, own.token), own.visits,
                points, notice);
    }

    /** The link as a visitor opens it: this site's address, the product page and the token. */
    static String absolute(Product product, String token) {
        String path = ProductPages.url(product) + "?" + SharedVisitCookie.PARAMETER + "=" + token;
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        if (request == null) {
            return path;
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + path;
    }
}
