package io.loyaltyclub.demo.security;

import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Spring Security 3.1's sign-out, for POST only: its own filter signs out on any request to the URL, so a link or an
 * image on another site could sign a shopper out. With the CSRF filter placed before this one, a sign-out needs the
 * form's token; a GET of the URL reaches the shop's page that asks to confirm.
 */
public class PostOnlyLogoutFilter extends LogoutFilter {

    public PostOnlyLogoutFilter(String logoutSuccessUrl, LogoutHandler... handlers) {
        super(logoutSuccessUrl, handlers);
    }

    @Override
    protected boolean requiresLogout(HttpServletRequest request, HttpServletResponse response) {
        return "POST".equals(request.getMethod()) && super.requiresLogout(request, response);
    }
}
