package io.loyaltyclub.demo.security;

import io.loyaltyclub.platform.web.LocalPath;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's CSRF check, with a shopper-friendly answer: a form posted without the session's token (the session
 * expired, the shopper signed out in another tab, or the form came from another site) changes nothing and sends
 * the shopper back to the page it came from, which says so, instead of an error page.
 */
public class ExpiredFormCsrfFilter extends CsrfFilter {

    /** The parameter that makes the layout show "nothing was changed, please try again". */
    public static final String EXPIRED_PARAMETER = "formExpired";

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        if ("POST".equals(request.getMethod())) {
            try {
                exploitProtectionService.compareToken(request.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            } catch (ServiceException expiredOrForeign) {
                ((HttpServletResponse) baseResponse).sendRedirect(request.getContextPath() + backTo(request));
                return;
            }
        }
        super.doFilter(baseRequest, baseResponse, chain);
    }

    /** The path the form was on, when the browser says and it is a {@link LocalPath} of this site; the home page otherwise. */
    static String backTo(HttpServletRequest request) {
        return LocalPath.or(LocalPath.ofReferer(request), "/") + "?" + EXPIRED_PARAMETER + "=1";
    }
}
