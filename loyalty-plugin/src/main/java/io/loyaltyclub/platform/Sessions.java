package io.loyaltyclub.platform;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.Callable;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Work off a request thread (a job, the earning after a checkout) with an EntityManager bound to the thread, as a
 * storefront request has one: Broadleaf's services read orders and customers through the bound one.
 */
public final class Sessions {

    private Sessions() {
    }

    /** Runs {@code work} in a session of its own, or in the caller's if one is bound already. */
    public static <T> T inSession(EntityManagerFactory entityManagerFactory, Callable<T> work) {
        boolean bound = TransactionSynchronizationManager.hasResource(entityManagerFactory);
        EntityManager entityManager = null;
        if (!bound) {
            entityManager = entityManagerFactory.createEntityManager();
            TransactionSynchronizationManager.bindResource(entityManagerFactory, new EntityManagerHolder(entityManager));
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (!bound) {
                TransactionSynchronizationManager.unbindResource(entityManagerFactory);
                entityManager.close();
            }
        }
    }
}
