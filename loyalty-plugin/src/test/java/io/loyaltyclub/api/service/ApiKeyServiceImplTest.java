package io.loyaltyclub.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.api.domain.ApiKeySecret;
import io.loyaltyclub.api.persistence.ApiDao;
import io.loyaltyclub.api.persistence.ApiKeyImpl;
import io.loyaltyclub.api.persistence.ApiRequestImpl;
import io.loyaltyclub.platform.Refresher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The keys kept in memory, on two "nodes" (two services over one table): what counts at once, what after the
 * refresh, and what an unknown key costs.
 */
class ApiKeyServiceImplTest {

    private final KeyTable table = new KeyTable();
    private final List<ApiKeyServiceImpl> nodes = new ArrayList<ApiKeyServiceImpl>();

    @AfterEach
    void stopTheNodes() {
        for (ApiKeyServiceImpl node : nodes) {
            node.stop();
            node.refresher.stop();
        }
    }

    @Test
    void a_key_made_or_revoked_on_this_node_counts_at_once() {
        ApiKeyServiceImpl node = node();
        assertThat(node.authenticate("lck_some-key-nobody-has-made-yet")).isNull();

        String secret = node.create("Partner", "test", null).getSecret();
        assertThat(node.authenticate(secret)).as("a new key works at once").isNotNull();

        node.revoke(node.authenticate(secret).getId(), "test");
        assertThat(node.authenticate(secret)).as("a revoked key is refused at once").isNull();
    }

    @Test
    void a_key_made_or_revoked_on_another_node_counts_here_after_the_refresh() {
        ApiKeyServiceImpl admin = node();
        ApiKeyServiceImpl shop = node();
        assertThat(shop.authenticate("lck_some-key-nobody-has-made-yet")).isNull();

        String secret = admin.create("Partner", "admin", null).getSecret();
        shop.refresh();
        assertThat(shop.authenticate(secret)).as("made in the admin, seen after the refresh").isNotNull();

        admin.revoke(admin.authenticate(secret).getId(), "admin");
        shop.refresh();
        assertThat(shop.authenticate(secret)).as("revoked in the admin, refused after the refresh").isNull();
    }

    @Test
    void a_flood_of_unknown_keys_reads_the_keys_once() {
        ApiKeyServiceImpl node = node();
        String secret = node.create("Partner", "test", null).getSecret();
        table.reads.set(0);
        ApiKeyServiceImpl restarted = node();
        SecureRandom random = new SecureRandom();

        for (int i = 0; i < 1000; i++) {
            assertThat(restarted.authenticate(ApiKeySecret.generate(random))).isNull();
            assertThat(restarted.authenticate(secret + i)).as("the right prefix, a wrong key").isNull();
        }

        assertThat(restarted.authenticate(secret)).isNotNull();
        assertThat(table.reads.get()).as("queries for 2,001 keys").isEqualTo(1);
    }

    @Test
    void what_is_kept_is_the_hash_never_the_secret() throws Exception {
        ApiKeyServiceImpl node = node();
        String secret = node.create("Partner", "test", null).getSecret();
        node.authenticate(secret);

        List<ApiKeyImpl> kept = node.keptByPrefix.get(ApiKeySecret.prefix(secret));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getKeyHash()).isEqualTo(ApiKeySecret.hash(secret));
        for (Field field : ApiKeyImpl.class.getDeclaredFields()) {
            field.setAccessible(true);
            assertThat(String.valueOf(field.get(kept.get(0)))).as(field.getName()).doesNotContain(secret);
        }
    }

    private ApiKeyServiceImpl node() {
        ApiKeyServiceImpl node = new ApiKeyServiceImpl();
        node.dao = table;
        node.clock = Clock.systemUTC();
        node.transactionManager = new NoDatabase();
        node.refresher = new Refresher(node.transactionManager);
        node.keysRefreshSeconds = 3600;
        node.init();
        nodes.add(node);
        return node;
    }

    /** The key table both nodes share; counts the queries that read keys. */
    private static final class KeyTable implements ApiDao {
        final List<ApiKeyImpl> rows = new CopyOnWriteArrayList<ApiKeyImpl>();
        final AtomicInteger reads = new AtomicInteger();
        private long nextId = 1;

        @Override
        public ApiKeyImpl findKey(long id) {
            reads.incrementAndGet();
            for (ApiKeyImpl row : rows) {
                if (row.getId() == id) {
                    return row;
                }
            }
            return null;
        }

        @Override
        public ApiKeyImpl findKeyByHash(String hash) {
            reads.incrementAndGet();
            for (ApiKeyImpl row : rows) {
                if (row.getKeyHash().equals(hash)) {
                    return row;
                }
            }
            return null;
        }

        @Override
        public ApiKeyImpl findKeyByFormToken(String formToken) {
            reads.incrementAndGet();
            return null;
        }

        @Override
        public List<ApiKeyImpl> findAllKeys() {
            reads.incrementAndGet();
            return new ArrayList<ApiKeyImpl>(rows);
        }

        @Override
        public synchronized void save(ApiKeyImpl key) {
            if (key.getId() == null) {
                try {
                    Field id = ApiKeyImpl.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(key, nextId++);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                rows.add(key);
            }
        }

        @Override
        public ApiRequestImpl findRequest(long apiKeyId, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteRequestsBefore(Date before, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void record(ApiRequestImpl request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void detach(Object entity) {
            throw new UnsupportedOperationException();
        }
    }

    /** Transactions that begin and commit nothing (with Spring's synchronisation, so after-commit work runs). */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
