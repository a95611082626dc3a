package io.loyaltyclub.api.service;

import io.loyaltyclub.api.persistence.ApiKey;

/** A new API key and its secret, which exists only here: shown to the admin once, never stored. */
public final class CreatedApiKey {

    private final ApiKey key;
    private final String secret;

    public CreatedApiKey(ApiKey key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    public ApiKey getKey() {
        return key;
    }

    public String getSecret() {
        return secret;
    }
}
