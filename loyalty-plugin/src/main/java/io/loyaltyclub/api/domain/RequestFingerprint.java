package io.loyaltyclub.api.domain;

/**
 * What identifies a request for idempotency: its method, its path and its body in canonical form (the caller
 * gives the body with object members sorted by name and no white space, so that the same content written
 * differently is the same request). A SHA-256 in hex: 64 characters.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String method, String path, String canonicalBody) {
        return ApiKeySecret.hex(ApiKeySecret.sha256(method + ' ' + path + '\n' + canonicalBody));
    }
}
