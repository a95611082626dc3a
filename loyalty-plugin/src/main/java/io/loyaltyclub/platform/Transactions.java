package io.loyaltyclub.platform;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockTimeoutException;
import javax.persistence.PessimisticLockException;

/**
 * Runs work in a transaction of {@code blTransactionManager}. Inside a caller's transaction the work joins it;
 * otherwise it gets its own, which is run again (up to {@link #ATTEMPTS} times) when the database gives up on
 * it because of a lock conflict, a deadlock or a serialisation failure. Work given here must therefore be safe
 * to repeat: the loyalty club's postings are, because of their idempotency keys.
 *
 * <p>Work in its own transaction also gets its own EntityManager, even inside a storefront request that has one
 * bound to the thread (Broadleaf's open-entity-manager-in-view filter). Committing the club's changes must not
 * flush whatever Broadleaf has changed in memory but not saved yet: in the checkout workflow that is the order
 * itself, marked submitted before the last steps have run.
 *
 * <p>One connection at a time: Hibernate keeps the connection a session first used until the session closes (the
 * JPA default release mode, "on close"), so a request's EntityManager that has read anything still holds one.
 * Before the work's own EntityManager takes a connection, the caller's gives its back ({@link #releaseConnection});
 * it takes one again when it is next used, after the work.
 */
public class Transactions {

    public static final int ATTEMPTS = 5;

    private static final Log LOG = LogFactory.getLog(Transactions.class);

    private final TransactionTemplate template;
    private final EntityManagerFactory entityManagerFactory;

    public Transactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
        this.entityManagerFactory = transactionManager instanceof JpaTransactionManager
                ? ((JpaTransactionManager) transactionManager).getEntityManagerFactory() : null;
    }

    public <T> T run(TransactionCallback<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return template.execute(work);
        }
        Object callersEntityManager = entityManagerFactory == null ? null
                : TransactionSynchronizationManager.getResource(entityManagerFactory);
        if (callersEntityManager != null) {
            TransactionSynchronizationManager.unbindResource(entityManagerFactory);
            releaseConnection(callersEntityManager);
        }
        try {
            return runWithRetries(work);
        } finally {
            if (callersEntityManager != null) {
                TransactionSynchronizationManager.bindResource(entityManagerFactory, callersEntityManager);
            }
        }
    }

    /**
     * Gives the JDBC connection of a bound EntityManager (an {@link EntityManagerHolder}) back to the pool when it
     * holds one outside a transaction (between a request's reads, or after its transaction committed); the session
     * takes a new one when it is next used.
     */
    public static void releaseConnection(Object boundEntityManager) {
        if (!(boundEntityManager instanceof EntityManagerHolder)) {
            return;
        }
        EntityManager entityManager = ((EntityManagerHolder) boundEntityManager).getEntityManager();
        if (entityManager == null || !entityManager.isOpen() || !(entityManager.getDelegate() instanceof SessionImplementor)) {
            return;
        }
        SessionImplementor session = (SessionImplementor) entityManager.getDelegate();
        if (!session.isClosed() && !session.isTransactionInProgress()
                && session.getTransactionCoordinator().getJdbcCoordinator().getLogicalConnection().isPhysicallyConnected()) {
            ((Session) session).disconnect();
        }
    }

    private <T> T runWithRetries(TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                LOG.warn("Retrying after a database conflict (attempt " + attempt + "): " + e.getMessage());
                pause(attempt);
            }
        }
    }

    /**
     * Whether the database refused the transaction for a conflict with another one (SQL states of class 40,
     * lock time-outs, and a unique key a concurrent transaction took first), so that running it again can
     * succeed.
     */
    static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t.getClass().getName().equals("org.hibernate.exception.LockAcquisitionException")
                    || t.getClass().getName().equals("org.hibernate.PessimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException) {
                for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("40") || state.equals("23505") || state.equals("23000")
                            || state.equals("55P03"))) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
