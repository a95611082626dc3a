package io.loyaltyclub.admin.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.filter.AdminCsrfFilter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.AntPathRequestMatcher;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's admin CSRF check, answering a signed-in admin's form sent without this session's token (a page opened
 * before signing in again, a form from another site) with 403 and the admin's own page saying that nothing changed
 * ({@link AdminFormRefusedController}), where Broadleaf's {@code AdminCsrfFilter} throws and Tomcat shows a 500.
 * Without a signed-in admin it does what Broadleaf does: the sign-in page, "your session has timed out".
 *
 * <pre>&lt;bean id="blCsrfFilter" class="io.loyaltyclub.admin.web.AdminFormCsrfFilter"/&gt;</pre>
 */
public class AdminFormCsrfFilter extends AdminCsrfFilter {

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        if ("POST".equals(request.getMethod()) && !excluded(request) && !tokenMatches(request)
                && SecurityContextHolder.getContext().getAuthentication() != null) {
            HttpServletResponse response = (HttpServletResponse) baseResponse;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(AdminFormRefusedController.PATH).forward(request, response);
            return;
        }
        super.doFilter(baseRequest, baseResponse, chain);
    }

    private boolean tokenMatches(HttpServletRequest request) {
        try {
            exploitProtectionService.compareToken(request.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            return true;
        } catch (ServiceException mismatch) {
            return false;
        }
    }

    private boolean excluded(HttpServletRequest request) {
        if (excludedRequestPatterns != null) {
            for (String pattern : excludedRequestPatterns) {
                if (new AntPathRequestMatcher(pattern).matches(request)) {
                    return true;
                }
            }
        }
        return false;
    }
}
