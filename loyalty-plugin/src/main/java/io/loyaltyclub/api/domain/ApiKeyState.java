package io.loyaltyclub.api.domain;

import java.time.Instant;

/** Whether an API key opens the API now. */
public enum ApiKeyState {
    ACTIVE,
    /** Its expiry has come: refused, like an unknown key. */
    EXPIRED,
    /** An admin revoked it: refused for good. */
    REVOKED;

    /** The state at {@code now} of a key revoked at {@code revokedAt} (or never) that expires at {@code expiresAt}. */
    public static ApiKeyState of(Instant revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return EXPIRED;
        }
        return ACTIVE;
    }
}
