package io.loyaltyclub.api.service;

import io.loyaltyclub.api.persistence.ApiDao;
import io.loyaltyclub.jobs.service.JobOutcome;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import io.loyaltyclub.platform.Transactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Forgets the answers recorded for the API's idempotent requests after {@code loyalty.api.keepRequestsDays} (90 by
 * default), so that table does not grow for ever. A request repeated later still posts nothing twice: its points
 * posting carries the ledger key {@code api:<key id>:<Idempotency-Key>}, which the ledger keeps; the repeat is then
 * answered like a first request (201 with the same entry), or 409 if its body differs.
 */
@Component("loyaltyApiRequestsCleanupJob")
public class ApiRequestsCleanupJob implements LoyaltyJob {

    public static final String NAME = "api-requests-cleanup";
    static final int CHUNK = 1000;

    @Resource(name = "loyaltyApiDao")
    protected ApiDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${loyalty.api.keepRequestsDays:90}")
    protected int keepDays = 90;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Forgets the answers kept for repeated API requests after " + keepDays + " days (the ledger still "
                + "refuses to post a repeated request twice).";
    }

    @Override
    public JobOutcome run(Instant now, Instant deadline, Instant lastCompletedFrom) {
        final Date before = Date.from(now.minus(Duration.ofDays(keepDays)));
        int deleted = 0;
        while (true) {
            int chunk = transactions.run(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    return dao.deleteRequestsBefore(before, CHUNK);
                }
            });
            deleted += chunk;
            if (chunk < CHUNK) {
                return JobOutcome.complete("Forgot " + deleted + " API request answer" + (deleted == 1 ? "" : "s")
                        + " older than " + keepDays + " days.", now);
            }
            if (Instant.now().isAfter(deadline)) {
                return JobOutcome.partial("Forgot " + deleted + " API request answers; more remain for the next run.");
            }
        }
    }
}
