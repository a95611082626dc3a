package io.loyaltyclub.platform;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Reads again what the club keeps in memory on each JVM (the programme settings, the API keys, the tiers, the
 * previews, the action rules), on one daemon thread ({@code loyalty-refresh}), so that a save on another JVM (the
 * admin is one of its own) counts here within each kept thing's interval.
 *
 * <ul>
 *   <li>Each kept thing gives its reload and its interval in whole seconds ({@link #every}).</li>
 *   <li>Once a second the thread runs the reloads that are due, all of them in one transaction (one connection and one
 *   commit for them all: README, "Connection budget"); reloads of the same interval are always due together. When
 *   that transaction fails, each is run again in a transaction of its own, so that one failing read keeps no other
 *   stale; one that fails then is logged, and what it kept before stays.</li>
 *   <li>{@link Reload#soon} runs one reload on the thread as soon as it is free, outside any transaction (after a write on
 *   this JVM, so that the next caller finds it read).</li>
 *   <li>The thread stops when the Spring context closes.</li>
 * </ul>
 */
@Component("loyaltyRefresher")
public class Refresher {

    private static final Log LOG = LogFactory.getLog(Refresher.class);

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private final List<Reload> reloads = new CopyOnWriteArrayList<Reload>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread daemon = new Thread(work, "loyalty-refresh");
        daemon.setDaemon(true);
        return daemon;
    });
    private Transactions transactions;
    /** Seconds since the start, counted by the thread: a reload of n seconds is due when they divide by n. */
    private long ticks;

    /** As Spring makes it: started once its transaction manager is set. */
    public Refresher() {
    }

    /** Started at once over {@code transactionManager} (a service made without Spring, in a test). */
    public Refresher(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
        start();
    }

    @PostConstruct
    public void start() {
        transactions = new Transactions(transactionManager);
        thread.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    public void stop() {
        thread.shutdownNow();
    }

    /**
     * Runs {@code reload} every {@code seconds} (at least 1) until {@link Reload#cancel}. The reload reads what is kept
     * and throws when it cannot; it may be run inside a transaction shared with other reloads, so it joins the
     * caller's transaction as {@link Transactions#run} does.
     */
    public Reload every(String what, long seconds, Runnable reload) {
        Reload one = new Reload(what, Math.max(1, seconds), reload);
        reloads.add(one);
        return one;
    }

    private void tick() {
        ticks++;
        final List<Reload> due = new ArrayList<Reload>();
        for (Reload one : reloads) {
            if (ticks % one.seconds == 0) {
                due.add(one);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        try {
            transactions.run(status -> {
                for (Reload one : due) {
                    one.reload.run();
                }
                return null;
            });
        } catch (RuntimeException together) {
            LOG.debug("The reloads of one transaction failed; running each alone", together);
            for (Reload one : due) {
                one.alone();
            }
        }
    }

    /** One kept thing's reload. */
    public final class Reload {

        private final String what;
        private final long seconds;
        private final Runnable reload;

        private Reload(String what, long seconds, Runnable reload) {
            this.what = what;
            this.seconds = seconds;
            this.reload = reload;
        }

        /** Runs the reload on the refresher's thread as soon as it is free, in a transaction of its own. */
        public void soon() {
            try {
                thread.execute(this::alone);
            } catch (RejectedExecutionException stopped) {
                // The context is closing: nothing is read again any more.
            }
        }

        /** Runs no more. */
        public void cancel() {
            reloads.remove(this);
        }

        private void alone() {
            try {
                reload.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not read " + what + " again; keeping what was read before: " + e);
            }
        }
    }
}
