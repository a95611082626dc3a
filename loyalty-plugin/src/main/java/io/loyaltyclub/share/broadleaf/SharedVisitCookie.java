package io.loyaltyclub.share.broadleaf;

import org.broadleafcommerce.common.web.BroadleafRequestContext;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The storefront cookie that remembers which shared link brought a visitor ({@value #NAME}, 30 days), read when the
 * visitor registers or orders.
 */
public final class SharedVisitCookie {

    public static final String NAME = "loyaltyShared";
    /** The URL parameter of a shared link. */
    public static final String PARAMETER = "shared";
    static final int DAYS = 30;

    private SharedVisitCookie() {
    }

    /** The token the current storefront request's visitor came with, or null (outside a request too). */
    public static String ofCurrentRequest() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return context == null ? null : of(context.getRequest());
    }

    public static String of(HttpServletRequest request) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, String token) {
        Cookie cookie = new Cookie(NAME, token);
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge(DAYS * 24 * 60 * 60);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
