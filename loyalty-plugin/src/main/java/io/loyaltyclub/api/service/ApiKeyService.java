package io.loyaltyclub.api.service;

import io.loyaltyclub.api.persistence.ApiKey;

import java.time.Instant;
import java.util.List;

/** The API keys of partners and headless storefronts (loyalty spec, section 12). */
public interface ApiKeyService {

    int MAX_NAME_LENGTH = 100;

    /**
     * A new key with a random secret; only its hash is stored, the secret is in the answer and nowhere else.
     *
     * @param expiresAt when the key stops working, or null for never
     * @throws IllegalArgumentException when the name is empty or too long, or the expiry has passed
     */
    CreatedApiKey create(String name, String createdBy, Instant expiresAt);

    /**
     * {@link #create(String, String, Instant)} once per admin form: the form's one-time token is stored with the key.
     *
     * @throws FormAlreadyUsedException when a key was created with this token before (a double submit): nothing
     *                                  changes, and that key's secret cannot be shown again
     */
    CreatedApiKey create(String name, String createdBy, Instant expiresAt, String formToken);

    /** Stops the key working for good; revoking a revoked key changes nothing. Null when there is no such key. */
    ApiKey revoke(long id, String revokedBy);

    /** All keys, newest first. */
    List<ApiKey> list();

    ApiKey find(long id);

    /**
     * The active key whose secret is {@code secret}, or null when it is missing, unknown, revoked or expired. The
     * hash is compared in constant time. Answered from the keys kept in memory: a key made or revoked on this node
     * counts at once, one made or revoked on another node within {@code loyalty.api.keysRefreshSeconds}; an unknown
     * key costs no query. Only a node's first call reads the keys, in the caller's transaction when it has one (an
     * API request's, see {@link PartnerApiService#inOneTransaction}).
     */
    ApiKey authenticate(String secret);

    /**
     * Stores a key with a secret chosen by the caller (a demo or an installation script), once: when a key with
     * this secret exists, that one is returned.
     */
    ApiKey install(String name, String secret, String createdBy);
}
