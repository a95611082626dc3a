package io.loyaltyclub.api.persistence;

import java.util.Date;
import java.util.List;

/** API keys and the answers recorded for idempotent requests. */
public interface ApiDao {

    ApiKeyImpl findKey(long id);

    ApiKeyImpl findKeyByHash(String hash);

    ApiKeyImpl findKeyByFormToken(String formToken);

    /** All keys, newest first. */
    List<ApiKeyImpl> findAllKeys();

    void save(ApiKeyImpl key);

    ApiRequestImpl findRequest(long apiKeyId, String idempotencyKey);

    /** Deletes up to {@code limit} recorded answers older than {@code before}; returns how many. */
    int deleteRequestsBefore(Date before, int limit);

    /** Stores the answer and writes it at once, so that a concurrent twin fails here on the unique key. */
    void record(ApiRequestImpl request);

    /** Leaves an entity (and what it cascades to) out of the transaction's persistence context: it is not flushed. */
    void detach(Object entity);
}
