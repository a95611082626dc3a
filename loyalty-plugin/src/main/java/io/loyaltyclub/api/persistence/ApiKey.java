package io.loyaltyclub.api.persistence;

import io.loyaltyclub.api.domain.ApiKeyState;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/**
 * A key a partner or a headless storefront uses to call the loyalty API ({@code X-Api-Key}). Only the SHA-256
 * hash of the secret is stored, with its first characters (the prefix) to tell keys apart; keys are never
 * deleted, a revoked key stays on record.
 */
public interface ApiKey extends Serializable {

    Long getId();

    /** Who the key is for, as the admin named it ("Maple roastery POS"). */
    String getName();

    /** The first characters of the key: not secret, enough to tell keys apart. */
    String getPrefix();

    String getKeyHash();

    /** The admin user who created it. */
    String getCreatedBy();

    Date getCreatedAt();

    /** When the key stops working, or null when it does not expire. */
    Date getExpiresAt();

    Date getRevokedAt();

    String getRevokedBy();

    ApiKeyState stateAt(Instant now);
}
