package io.loyaltyclub.api.service;

import io.loyaltyclub.api.domain.ApiKeySecret;
import io.loyaltyclub.api.domain.ApiKeyState;
import io.loyaltyclub.api.persistence.ApiDao;
import io.loyaltyclub.api.persistence.ApiKey;
import io.loyaltyclub.api.persistence.ApiKeyImpl;
import io.loyaltyclub.platform.AfterCommit;
import io.loyaltyclub.platform.Refresher;
import io.loyaltyclub.platform.Transactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * The API keys, kept in memory for {@link #authenticate}: every API request presents its key, and looking it up must
 * not cost a query (nor a flood of wrong keys one query each).
 *
 * <ul>
 *   <li>What is kept is what the table holds: each key's prefix, SHA-256 hash, expiry and revocation, never a
 *   secret.</li>
 *   <li>A key made, installed or revoked on this node counts here as soon as its transaction commits.</li>
 *   <li>The club's {@link Refresher} reads all keys again every {@code loyalty.api.keysRefreshSeconds} (10), so that
 *   a key made or revoked on another node (the admin is a JVM of its own) counts here within that time.</li>
 *   <li>An unknown key is refused from memory, without a query. Only the first request of a node, before anything
 *   is kept, reads the keys, on the caller's thread and inside its transaction when it has one.</li>
 * </ul>
 */
@Service("loyaltyApiKeyService")
public class ApiKeyServiceImpl implements ApiKeyService {

    @Resource(name = "loyaltyApiDao")
    protected ApiDao dao;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "loyaltyRefresher")
    protected Refresher refresher;

    /** How often this node reads the keys again: the longest a key made or revoked on another node takes to count. */
    @Value("${loyalty.api.keysRefreshSeconds:10}")
    protected long keysRefreshSeconds = 10;

    protected Transactions transactions;
    protected Refresher.Reload refreshing;
    /** Detached copies of every key by prefix, as last read or changed here; null until the first read. */
    protected volatile Map<String, List<ApiKeyImpl>> keptByPrefix;
    /** Counts the changes made on this node, so that a read which began before one ended does not undo it. */
    private long changes;

    private final SecureRandom random = new SecureRandom();

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
        refreshing = refresher.every("the API keys", keysRefreshSeconds, this::readAll);
    }

    @PreDestroy
    public void stop() {
        if (refreshing != null) {
            refreshing.cancel();
        }
    }

    /** Reads every key again now (what the refresher does every {@code keysRefreshSeconds}). */
    protected void refresh() {
        readAll();
    }

    /** Reads every key, in the caller's transaction when it has one, and keeps them unless a change came meanwhile. */
    private Map<String, List<ApiKeyImpl>> readAll() {
        long seen;
        synchronized (this) {
            seen = changes;
        }
        List<ApiKeyImpl> read = transactions.run(status -> {
            List<ApiKeyImpl> copies = new ArrayList<ApiKeyImpl>();
            for (ApiKeyImpl key : dao.findAllKeys()) {
                copies.add(key.detachedCopy());
            }
            return copies;
        });
        Map<String, List<ApiKeyImpl>> byPrefix = new HashMap<String, List<ApiKeyImpl>>();
        for (ApiKeyImpl key : read) {
            add(byPrefix, key);
        }
        synchronized (this) {
            if (changes != seen && keptByPrefix != null) {
                // A key was made or revoked here while this read ran: it may not show that change; the next will.
                return keptByPrefix;
            }
            keptByPrefix = byPrefix;
            return byPrefix;
        }
    }

    /** Counts the committed key here at once: replaces the copy of the same id or adds it. */
    private void keptChanged(final ApiKeyImpl key) {
        final ApiKeyImpl copy = key.detachedCopy();
        AfterCommit.run("the changed API key", new Runnable() {
            @Override
            public void run() {
                synchronized (ApiKeyServiceImpl.this) {
                    changes++;
                    Map<String, List<ApiKeyImpl>> current = keptByPrefix;
                    if (current == null) {
                        return;
                    }
                    Map<String, List<ApiKeyImpl>> next = new HashMap<String, List<ApiKeyImpl>>();
                    for (List<ApiKeyImpl> keys : current.values()) {
                        for (ApiKeyImpl kept : keys) {
                            if (!kept.getId().equals(copy.getId())) {
                                add(next, kept);
                            }
                        }
                    }
                    add(next, copy);
                    keptByPrefix = next;
                }
            }
        });
    }

    private static void add(Map<String, List<ApiKeyImpl>> byPrefix, ApiKeyImpl key) {
        List<ApiKeyImpl> keys = byPrefix.get(key.getPrefix());
        if (keys == null) {
            keys = new ArrayList<ApiKeyImpl>(1);
            byPrefix.put(key.getPrefix(), keys);
        }
        keys.add(key);
    }

    @Override
    public CreatedApiKey create(String name, String createdBy, Instant expiresAt) {
        return create(name, createdBy, expiresAt, null);
    }

    @Override
    public CreatedApiKey create(String name, final String createdBy, final Instant expiresAt, final String formToken) {
        if (formToken != null && (formToken.isEmpty() || formToken.length() > 64)) {
            throw new IllegalArgumentException("A form token has 1 to 64 characters");
        }
        final String cleanName = checkName(name);
        final Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("The expiry of a new key must be in the future");
        }
        final String secret = ApiKeySecret.generate(random);
        // A twin form posted at the same moment fails on the unique token and is run again: then it finds this key.
        ApiKey key = transactions.run(status -> {
            if (formToken != null && dao.findKeyByFormToken(formToken) != null) {
                throw new FormAlreadyUsedException();
            }
            ApiKeyImpl created = new ApiKeyImpl(cleanName, ApiKeySecret.prefix(secret), ApiKeySecret.hash(secret),
                    createdBy, Date.from(now), expiresAt == null ? null : Date.from(expiresAt)).fromForm(formToken);
            dao.save(created);
            keptChanged(created);
            return created;
        });
        return new CreatedApiKey(key, secret);
    }

    @Override
    public ApiKey revoke(final long id, final String revokedBy) {
        return transactions.run(status -> {
            ApiKeyImpl key = dao.findKey(id);
            if (key != null) {
                key.revoke(Date.from(clock.instant()), revokedBy);
                dao.save(key);
                keptChanged(key);
            }
            return key;
        });
    }

    @Override
    public List<ApiKey> list() {
        return transactions.run(status -> new ArrayList<ApiKey>(dao.findAllKeys()));
    }

    @Override
    public ApiKey find(final long id) {
        return transactions.run(status -> dao.findKey(id));
    }

    @Override
    public ApiKey authenticate(final String secret) {
        if (!ApiKeySecret.isWellFormed(secret)) {
            return null;
        }
        Map<String, List<ApiKeyImpl>> kept = keptByPrefix;
        if (kept == null) {
            kept = readAll();
        }
        List<ApiKeyImpl> candidates = kept.get(ApiKeySecret.prefix(secret));
        if (candidates == null) {
            candidates = Collections.emptyList();
        }
        Instant now = clock.instant();
        ApiKey found = null;
        for (ApiKeyImpl candidate : candidates) {
            // Every candidate is compared, so the time taken does not tell which one matched.
            if (ApiKeySecret.matches(secret, candidate.getKeyHash()) & found == null) {
                found = candidate;
            }
        }
        return found != null && found.stateAt(now) == ApiKeyState.ACTIVE ? found : null;
    }

    @Override
    public ApiKey install(String name, final String secret, final String createdBy) {
        final String cleanName = checkName(name);
        if (!ApiKeySecret.isWellFormed(secret)) {
            throw new IllegalArgumentException("An API key has " + (ApiKeySecret.PREFIX_LENGTH + 1) + " to "
                    + ApiKeySecret.MAX_LENGTH + " characters");
        }
        return transactions.run(status -> {
            ApiKeyImpl existing = dao.findKeyByHash(ApiKeySecret.hash(secret));
            if (existing != null) {
                keptChanged(existing);
                return existing;
            }
            ApiKeyImpl key = new ApiKeyImpl(cleanName, ApiKeySecret.prefix(secret), ApiKeySecret.hash(secret), createdBy,
                    Date.from(clock.instant()), null);
            dao.save(key);
            keptChanged(key);
            return key;
        });
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("An API key needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return clean;
    }
}
