package io.loyaltyclub.earning.broadleaf;

import io.loyaltyclub.earning.service.OrderEarningService;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.platform.Sessions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;

/**
 * Credits an order's points right after its checkout, on a worker thread of its own, so the shopper's checkout
 * does not wait for the club's postings.
 *
 * <p>The checkout activity hands the order over while Broadleaf's workflow is still running; Broadleaf saves the
 * order as submitted only once every activity has succeeded. The worker therefore looks at the stored order: when
 * it is submitted, the points are credited (and the points payment entry gets the order's number); while it is
 * not, the worker looks again a little later (5 ms, doubling up to a second, for
 * {@code loyalty.earning.waitSeconds}, 60 by default). A checkout that fails withdraws the order at once (the
 * activity's rollback). Whatever is lost here, a full queue or a node that stops, the missed-order-points job
 * credits later: crediting is idempotent per order.
 */
@Component("loyaltyEarningAfterCheckout")
public class EarningAfterCheckout {

    private static final Log LOG = LogFactory.getLog(EarningAfterCheckout.class);
    private static final long FIRST_LOOK_MILLIS = 5;
    private static final long LONGEST_WAIT_MILLIS = 1000;
    private static final int QUEUE_LIMIT = 10000;

    @Resource(name = "loyaltyOrderEarningService")
    protected OrderEarningService earnings;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    @Value("${loyalty.earning.threads:1}")
    protected int threads = 1;

    @Value("${loyalty.earning.waitSeconds:60}")
    protected long waitSeconds = 60;

    /** The handing-over now in force per order: a withdrawn or newer one makes an older one stop. */
    private final ConcurrentMap<Long, Object> handedOver = new ConcurrentHashMap<Long, Object>();
    private final AtomicInteger unfinished = new AtomicInteger();
    private ScheduledThreadPoolExecutor executor;

    @PostConstruct
    public void start() {
        final AtomicInteger number = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(Math.max(1, threads), new ThreadFactory() {
            @Override
            public Thread newThread(Runnable work) {
                Thread thread = new Thread(work, "loyalty-earning-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** The checkout of this order has reached the club's activity; its points follow once it is submitted. */
    public void handOver(long orderId) {
        Object ticket = new Object();
        handedOver.put(orderId, ticket);
        if (unfinished.get() >= QUEUE_LIMIT) {
            LOG.warn("The loyalty earning queue is full; order " + orderId + " gets its points from the "
                    + "missed-order-points job");
            handedOver.remove(orderId, ticket);
            return;
        }
        unfinished.incrementAndGet();
        schedule(new Attempt(orderId, ticket, System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds)),
                FIRST_LOOK_MILLIS);
    }

    /** The checkout of this order failed: it earns nothing now (a retried checkout hands it over again). */
    public void withdraw(long orderId) {
        handedOver.remove(orderId);
    }

    /** Waits until every order handed over has been dealt with; false if that took longer than {@code max}. */
    public boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (unfinished.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    private void schedule(Attempt attempt, long delayMillis) {
        try {
            executor.schedule(attempt, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: the missed-order-points job credits the order on the next start.
            attempt.finish();
        }
    }

    /** One look at the stored order; run again later while the order is not submitted yet. */
    private final class Attempt implements Runnable {

        private final long orderId;
        private final Object ticket;
        private final long giveUpAt;
        private long wait = FIRST_LOOK_MILLIS;

        Attempt(long orderId, Object ticket, long giveUpAt) {
            this.orderId = orderId;
            this.ticket = ticket;
            this.giveUpAt = giveUpAt;
        }

        @Override
        public void run() {
            if (handedOver.get(orderId) != ticket) {
                finish();
                return;
            }
            boolean done = true;
            try {
                done = Sessions.inSession(entityManagerFactory, new Callable<Boolean>() {
                    @Override
                    public Boolean call() {
                        return creditIfSubmitted();
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Could not credit the loyalty points of order " + orderId
                        + "; the missed-order-points job will credit them", e);
            }
            if (done || System.nanoTime() > giveUpAt) {
                finish();
                return;
            }
            wait = Math.min(wait * 2, LONGEST_WAIT_MILLIS);
            schedule(this, wait);
        }

        private boolean creditIfSubmitted() {
            Order order = orders.findOrderById(orderId);
            if (order == null) {
                return true;
            }
            if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
                return false;
            }
            ledger.nameOrder(orderId, order.getOrderNumber());
            earnings.earnFor(order);
            return true;
        }

        void finish() {
            handedOver.remove(orderId, ticket);
            unfinished.decrementAndGet();
        }
    }
}
