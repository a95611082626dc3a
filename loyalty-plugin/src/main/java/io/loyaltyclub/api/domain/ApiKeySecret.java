package io.loyaltyclub.api.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a partner's API key: {@code lck_} followed by 32 random bytes in URL-safe Base64. It is shown
 * once, when the key is created; the club keeps only its SHA-256 hash and its first {@value #PREFIX_LENGTH}
 * characters (the prefix, not secret), which name the key in lists and find it when a request comes in.
 */
public final class ApiKeySecret {

    public static final String MARKER = "lck_";
    public static final int PREFIX_LENGTH = 12;
    /** Longer headers are not keys; they are refused without hashing them. */
    public static final int MAX_LENGTH = 200;
    private static final int RANDOM_BYTES = 32;

    private ApiKeySecret() {
    }

    /** A new secret from {@code random}. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether {@code text} could be a key at all: long enough to have a prefix, no longer than a key can be, and
     * printable ASCII only (the prefix is looked up in the database, which must never see NUL or a control character).
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() <= PREFIX_LENGTH || text.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) <= ' ' || text.charAt(i) > '~') {
                return false;
            }
        }
        return true;
    }

    /** The non-secret start of a key that identifies it. */
    public static String prefix(String key) {
        if (!isWellFormed(key)) {
            throw new IllegalArgumentException("Not an API key");
        }
        return key.substring(0, PREFIX_LENGTH);
    }

    /** The SHA-256 hash of the key, 64 lowercase hex digits: what the club stores. */
    public static String hash(String key) {
        return hex(sha256(key));
    }

    /** Whether {@code key} hashes to {@code storedHash}, comparing in time that does not depend on where they differ. */
    public static boolean matches(String key, String storedHash) {
        if (key == null || storedHash == null || storedHash.length() != 64) {
            return false;
        }
        byte[] expected = hex(storedHash);
        return expected != null && MessageDigest.isEqual(sha256(key), expected);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return out.toString();
    }

    private static byte[] hex(String text) {
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(text.charAt(2 * i), 16);
            int low = Character.digit(text.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return out;
    }
}
