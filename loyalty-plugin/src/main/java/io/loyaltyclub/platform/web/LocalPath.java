package io.loyaltyclub.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import javax.servlet.http.HttpServletRequest;

/**
 * The one rule for "a safe local path": where the shop may send a shopper next when the address came from outside
 * (a form's return address such as {@code successUrl}, a link's parameter, the browser's {@code Referer}). Only a path
 * of this site passes: it starts with one {@code /} and nothing a browser could read as another host follows.
 *
 * <p>Refused: anything not starting with {@code /} (other hosts, schemes, relative paths); {@code //host} and
 * {@code /\host} (protocol-relative, browsers read a backslash as a slash); any backslash; spaces and control
 * characters (browsers drop tabs and line breaks, so {@code /<TAB>/host} is {@code //host}, and line breaks would
 * split a header); {@code ://} anywhere (a local page that forwards would carry it on); <code>{</code> and
 * <code>}</code> (Spring's {@code redirect:} reads them as template variables); more than {@value #MAX_LENGTH}
 * characters.
 */
public final class LocalPath {

    /** The longest return address kept. */
    public static final int MAX_LENGTH = 2000;

    private LocalPath() {
    }

    /** The address, trimmed, when it is a safe path of this site; null otherwise. */
    public static String orNull(String address) {
        if (address == null) {
            return null;
        }
        String path = address.trim();
        if (path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return null;
        }
        if (path.length() > 1 && path.charAt(1) == '/') {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || c == '{' || c == '}' || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return null;
            }
        }
        return path.contains("://") ? null : path;
    }

    /** The address when it is a safe path of this site, else {@code fallback}. */
    public static String or(String address, String fallback) {
        String path = orNull(address);
        return path == null ? fallback : path;
    }

    /**
     * The page the browser says the request came from ({@code Referer}), as a path of this web application (without
     * its context path, without the query), when it is this host and a safe local path; null otherwise. A Referer of
     * {@code http://shop//evil.example/x} names this host, but its path would leave.
     */
    public static String ofReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.length() > MAX_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            String context = request.getContextPath();
            String rawPath = uri.getRawPath();
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName()) || rawPath == null
                    || !rawPath.startsWith(context + "/")) {
                return null;
            }
            return orNull(rawPath.substring(context.length()));
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
