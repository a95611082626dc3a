package io.loyaltyclub.demo.site.web;

/**
 * Only paths on this site may be used as "where to go next" after sign-in or registration; anything
 * else (another host, a scheme, a protocol-relative URL) is dropped, so links cannot send shoppers away.
 */
final class LocalRedirects {

    private LocalRedirects() {
    }

    static String localPathOrNull(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.trim();
        if (!trimmed.startsWith("/") || trimmed.startsWith("//") || trimmed.startsWith("/\\")
                || trimmed.contains("://") || trimmed.indexOf('\n') >= 0 || trimmed.indexOf('\r') >= 0) {
            return null;
        }
        return trimmed;
    }
}
