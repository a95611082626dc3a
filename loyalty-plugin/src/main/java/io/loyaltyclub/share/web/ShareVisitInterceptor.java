package io.loyaltyclub.share.web;

import io.loyaltyclub.platform.web.SignedInCustomer;
import io.loyaltyclub.share.broadleaf.SharedVisitCookie;
import io.loyaltyclub.share.service.ShareService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A visitor following a member's shared link ({@code ?shared=<token>} on any storefront page) is remembered in a
 * cookie for 30 days, unless they are the link's member; the link's visits are counted once per visitor (a visitor
 * who already carries the same token is not counted again). Never stops a page.
 */
public class ShareVisitInterceptor extends HandlerInterceptorAdapter {

    private static final Log LOG = LogFactory.getLog(ShareVisitInterceptor.class);

    @Resource(name = "loyaltyShareService")
    protected ShareService shares;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String token = request.getParameter(SharedVisitCookie.PARAMETER);
        if (token == null || token.isEmpty() || !"GET".equals(request.getMethod())
                || token.equals(SharedVisitCookie.of(request))) {
            return true;
        }
        try {
            if (shares.followed(token.trim(), SignedInCustomer.anyCurrentId())) {
                SharedVisitCookie.remember(request, response, token.trim());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not record a visit through shared link " + token, e);
        }
        return true;
    }
}
