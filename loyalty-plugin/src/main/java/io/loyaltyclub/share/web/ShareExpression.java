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

    /**
     * The shopper's own part of the share button: a member or not, and whether they have a link to the product (made
     * only by their own post). The link's visits come from other shoppers, so the link itself is read on each page.
     */
    static final class OwnLink {
        final boolean member;
        final long accountId;
        final boolean linked;

        OwnLink(boolean member, long accountId, boolean linked) {
            this.member = member;
            this.accountId = accountId;
            this.linked = linked;
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
                    return new OwnLink(false, 0, false);
                }
                return new OwnLink(true, account.getId(), shares.existingLink(account.getId(), productId) != null);
            }
        });
        if (!own.member) {
            return new ShareView(false, false, null, 0, points, notice);
        }
        ShareLinkImpl link = own.linked ? shares.existingLink(own.accountId, productId) : null;
        return new ShareView(false, true, link == null ? null : absolute(product, link.getToken()),
                link == null ? 0 : link.getVisits(), points, notice);
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
