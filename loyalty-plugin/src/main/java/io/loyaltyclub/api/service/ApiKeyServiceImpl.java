package io.loyaltyclub.api.service;

import io.loyaltyclub.api.domain.ApiKeySecret;
import io.loyaltyclub.api.domain.ApiKeyState;
import io.loyaltyclub.api.persistence.ApiDao;
import io.loyaltyclub.api.persistence.ApiKey;
import io.loyaltyclub.api.persistence.ApiKeyImpl;
import io.loyaltyclub.platform.Transactions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyApiKeyService")
public class ApiKeyServiceImpl implements ApiKeyService {

    @Resource(name = "loyaltyApiDao")
    protected ApiDao dao;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    private final SecureRandom random = new SecureRandom();

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
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
        List<ApiKeyImpl> candidates = transactions.run(status -> dao.findKeysByPrefix(ApiKeySecret.prefix(secret)));
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
                return existing;
            }
            ApiKeyImpl key = new ApiKeyImpl(cleanName, ApiKeySecret.prefix(secret), ApiKeySecret.hash(secret), createdBy,
                    Date.from(clock.instant()), null);
            dao.save(key);
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
