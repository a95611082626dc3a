package io.loyaltyclub.platform;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the club's part of an event once the transaction it happened in has committed (a Broadleaf registration or
 * order, a referral reward), in transactions of its own: what goes wrong there is logged and never undoes what was
 * committed (the club's jobs catch up where they can).
 */
public final class AfterCommit {

    private static final Log LOG = LogFactory.getLog(AfterCommit.class);

    private AfterCommit() {
    }

    /** Runs {@code work} after the caller's transaction commits (at once without one); it opens its own transactions. */
    public static void run(final String what, final Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    safely(what, work);
                }
            });
        } else {
            safely(what, work);
        }
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Could not handle " + what + " after its commit", e);
        }
    }

    /**
     * Runs {@code work} in a new transaction: after a commit, Spring still has the finished one bound to the thread,
     * and joining it would lose the work. What fails is logged, unless {@code what} is null: then it is thrown.
     *
     * <p>Still one connection at a time: Spring closes the finished transaction's EntityManager (or, for a request's,
     * leaves it open) only after the after-commit callbacks, and Hibernate keeps its connection until it is closed;
     * it gives that connection back here, before the new transaction takes one (processCommit in Spring 3.2's
     * {@code AbstractPlatformTransactionManager}: triggerAfterCommit, then cleanupAfterCompletion).
     */
    public static void inOwnTransaction(PlatformTransactionManager transactionManager, String what, final Runnable work) {
        if (transactionManager instanceof JpaTransactionManager) {
            Transactions.releaseConnection(TransactionSynchronizationManager.getResource(
                    ((JpaTransactionManager) transactionManager).getEntityManagerFactory()));
        }
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            template.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    work.run();
                }
            });
        } catch (RuntimeException e) {
            if (what == null) {
                throw e;
            }
            LOG.error("Could not handle " + what + " after its commit", e);
        }
    }
}
