package io.loyaltyclub.platform.web;

import org.broadleafcommerce.core.web.order.security.BroadleafAuthenticationSuccessHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's sign-in success handler, sending the shopper on to the return address of the sign-in form (its
 * {@code targetUrlParameter}, {@code successUrl}, which the club's pages give as {@code loyalty.storefront.returnParameter})
 * only when it is a {@link LocalPath}; anything else goes to the default target. Broadleaf's own handler refuses only
 * addresses with a colon, so {@code //evil.example/} went off the site.
 *
 * <pre>
 * &lt;bean id="blAuthenticationSuccessHandler" class="io.loyaltyclub.platform.web.LocalPathSignInSuccessHandler"&gt;
 *     &lt;property name="defaultTargetUrl" value="/account"/&gt;
 *     &lt;property name="targetUrlParameter" value="successUrl"/&gt;
 * &lt;/bean&gt;</pre>
 */
public class LocalPathSignInSuccessHandler extends BroadleafAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        return LocalPath.or(super.determineTargetUrl(request, response), getDefaultTargetUrl());
    }
}
