package io.loyaltyclub.referral.web;

import io.loyaltyclub.referral.domain.ReferralCodes;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What a followed referral link remembers in the visitor's browser until they register: the advocate's code and, when
 * the visitor accepted the club terms on the link's page, the terms version and their marketing consent.
 */
public final class ReferralCookie {

    public static final String NAME = "loyaltyReferral";
    private static final String SEPARATOR = "~";

    private final String code;
    private final String termsVersion;
    private final boolean marketingConsent;

    public ReferralCookie(String code, String termsVersion, boolean marketingConsent) {
        this.code = code;
        this.termsVersion = termsVersion;
        this.marketingConsent = marketingConsent;
    }

    /** The referral the request's browser remembers, or null. */
    public static ReferralCookie of(HttpServletRequest request) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                return parse(cookie.getValue());
            }
        }
        return null;
    }

    static ReferralCookie parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(SEPARATOR, -1);
        String code = ReferralCodes.normalise(decode(parts[0]));
        if (code == null) {
            return null;
        }
        String terms = parts.length > 2 && !parts[2].isEmpty() ? decode(parts[2]) : null;
        return new ReferralCookie(code, terms, parts.length > 1 && "1".equals(parts[1]));
    }

    String value() {
        return encode(code) + SEPARATOR + (marketingConsent ? "1" : "0") + SEPARATOR
                + (termsVersion == null ? "" : encode(termsVersion));
    }

    /** Remembers this referral for {@code days}. */
    public void store(HttpServletRequest request, HttpServletResponse response, int days) {
        Cookie cookie = new Cookie(NAME, value());
        cookie.setMaxAge(days * 24 * 3600);
        cookie.setPath(path(request));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
    }

    /** Forgets the referral (once the friend registered). */
    public static void forget(HttpServletRequest request, HttpServletResponse response) {
        if (request == null || response == null || response.isCommitted()) {
            return;
        }
        Cookie cookie = new Cookie(NAME, "");
        cookie.setMaxAge(0);
        cookie.setPath(path(request));
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    private static String path(HttpServletRequest request) {
        String context = request.getContextPath();
        return context == null || context.isEmpty() ? "/" : context;
    }

    public String getCode() {
        return code;
    }

    /** The terms version accepted on the link's page, or null when they were not accepted there. */
    public String getTermsVersion() {
        return termsVersion;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    private static String encode(String text) {
        try {
            return URLEncoder.encode(text, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            return null;
        }
    }
}
