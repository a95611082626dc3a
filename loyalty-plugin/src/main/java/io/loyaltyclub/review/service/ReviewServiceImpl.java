package io.loyaltyclub.review.service;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.service.ActionGrantResult;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.review.domain.ReviewProblems;
import io.loyaltyclub.review.domain.ReviewStatus;
import io.loyaltyclub.review.persistence.ReviewDao;
import io.loyaltyclub.review.persistence.ReviewImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import io.loyaltyclub.platform.AfterCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyReviewService")
public class ReviewServiceImpl implements ReviewService {

    @Resource(name = "loyaltyReviewDao")
    protected ReviewDao dao;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** How long a product page's reviews are kept: the longest a decision on another JVM takes to show. */
    @Value("${loyalty.reviews.shownSeconds:10}")
    protected long shownSeconds = 10;

    /** The most products whose shown reviews are kept (then they are all forgotten and read again as asked). */
    static final int MAX_PRODUCTS_KEPT = 10_000;

    protected Transactions transactions;
    protected final Map<Long, Kept> shownByProduct = new ConcurrentHashMap<Long, Kept>();

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /** The occurrence of a review's reward. */
    public static String occurrence(long reviewId) {
        return "review:" + reviewId;
    }

    @Override
    public ReviewSubmission submit(final long customerId, final long productId, final String rating,
                                   final String text) {
        final Map<String, String> problems = ReviewProblems.of(rating, text);
        if (!problems.isEmpty()) {
            return ReviewSubmission.invalid(problems);
        }
        Product product = catalog.findProductById(productId);
        if (product == null) {
            return ReviewSubmission.refused(ReviewSubmission.NO_SUCH_PRODUCT);
        }
        Customer customer = customers.readCustomerById(customerId);
        final String author = author(customer);
        try {
            return transactions.run(new TransactionCallback<ReviewSubmission>() {
                @Override
                public ReviewSubmission doInTransaction(TransactionStatus status) {
                    LoyaltyAccount account = accounts.findByCustomer(customerId);
                    if (account == null || !account.isActive()) {
                        return ReviewSubmission.refused(ReviewSubmission.NOT_A_MEMBER);
                    }
                    if (dao.findByCustomer(productId, customerId) != null) {
                        return ReviewSubmission.refused(ReviewSubmission.ALREADY_REVIEWED);
                    }
                    dao.persist(new ReviewImpl(productId, customerId, account.getId(), author,
                            ReviewProblems.rating(rating), ReviewProblems.text(text), Date.from(clock.instant())));
                    // A second review sent at the same moment fails here on the unique product and customer; it is
                    // run again and then finds this one.
                    dao.flush();
                    return ReviewSubmission.saved();
                }
            });
        } catch (RuntimeException e) {
            if (reviewBy(customerId, productId) != null) {
                return ReviewSubmission.refused(ReviewSubmission.ALREADY_REVIEWED);
            }
            throw e;
        }
    }

    @Override
    public ReviewImpl reviewBy(final long customerId, final long productId) {
        return transactions.run(new TransactionCallback<ReviewImpl>() {
            @Override
            public ReviewImpl doInTransaction(TransactionStatus status) {
                return dao.findByCustomer(productId, customerId);
            }
        });
    }

    @Override
    public List<ReviewImpl> approved(final long productId, final int limit) {
        return transactions.run(new TransactionCallback<List<ReviewImpl>>() {
            @Override
            public List<ReviewImpl> doInTransaction(TransactionStatus status) {
                return dao.byProduct(productId, ReviewStatus.APPROVED, limit);
            }
        });
    }

    @Override
    public ReviewSummary summary(final long productId) {
        return transactions.run(new TransactionCallback<ReviewSummary>() {
            @Override
            public ReviewSummary doInTransaction(TransactionStatus status) {
                long[] countAndSum = dao.countAndSum(productId, ReviewStatus.APPROVED);
                return new ReviewSummary(countAndSum[0], countAndSum[1]);
            }
        });
    }

    @Override
    public ShownReviews shown(final long productId, final int limit) {
        Kept kept = shownByProduct.get(productId);
        long now = System.nanoTime();
        if (kept != null && kept.limit == limit && now - kept.readAt <= shownSeconds * 1_000_000_000L) {
            return kept.shown;
        }
        ShownReviews shown = transactions.run(status -> {
            long[] countAndSum = dao.countAndSum(productId, ReviewStatus.APPROVED);
            return new ShownReviews(dao.byProduct(productId, ReviewStatus.APPROVED, limit),
                    new ReviewSummary(countAndSum[0], countAndSum[1]));
        });
        if (shownSeconds > 0) {
            if (shownByProduct.size() >= MAX_PRODUCTS_KEPT) {
                shownByProduct.clear();
            }
            shownByProduct.put(productId, new Kept(shown, limit, now));
        }
        return shown;
    }

    /** A product's shown reviews, read at {@code readAt} ({@link System#nanoTime}). */
    protected static final class Kept {
        final ShownReviews shown;
        final int limit;
        final long readAt;

        Kept(ShownReviews shown, int limit, long readAt) {
            this.shown = shown;
            this.limit = limit;
            this.readAt = readAt;
        }
    }

    @Override
    public ReviewImpl find(final long reviewId) {
        return transactions.run(new TransactionCallback<ReviewImpl>() {
            @Override
            public ReviewImpl doInTransaction(TransactionStatus status) {
                return dao.find(reviewId);
            }
        });
    }

    @Override
    public List<ReviewImpl> byStatus(final ReviewStatus reviewStatus, final int page, final int pageSize) {
        return transactions.run(new TransactionCallback<List<ReviewImpl>>() {
            @Override
            public List<ReviewImpl> doInTransaction(TransactionStatus status) {
                return dao.byStatus(reviewStatus, Math.max(0, page) * pageSize, pageSize);
            }
        });
    }

    @Override
    public long count(final ReviewStatus reviewStatus) {
        return transactions.run(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return dao.count(reviewStatus);
            }
        });
    }

    @Override
    public ReviewDecision approve(long reviewId, String adminUser) {
        return decide(reviewId, ReviewStatus.APPROVED, adminUser);
    }

    @Override
    public ReviewDecision reject(long reviewId, String adminUser) {
        return decide(reviewId, ReviewStatus.REJECTED, adminUser);
    }

    private ReviewDecision decide(final long reviewId, final ReviewStatus decision, final String adminUser) {
        final ReviewImpl review = find(reviewId);
        if (review == null) {
            return new ReviewDecision(ReviewDecision.Kind.NOT_FOUND, null);
        }
        final String productName = productName(review.getProductId());
        return transactions.run(new TransactionCallback<ReviewDecision>() {
            @Override
            public ReviewDecision doInTransaction(TransactionStatus status) {
                if (dao.decide(reviewId, decision, Date.from(clock.instant()), adminUser) == 0) {
                    return new ReviewDecision(ReviewDecision.Kind.ALREADY_DECIDED, null);
                }
                // Decided on this JVM: its product's page shows it from the next request on.
                AfterCommit.run("a decided review", () -> shownByProduct.remove(review.getProductId()));
                ActionGrantResult reward = null;
                if (decision == ReviewStatus.APPROVED) {
                    // In the same transaction as the approval: approved and rewarded together, or neither.
                    reward = rewards.grant(review.getAccountId(), ActionType.REVIEW, occurrence(reviewId),
                            productName);
                }
                return new ReviewDecision(ReviewDecision.Kind.DECIDED, reward);
            }
        });
    }

    private String productName(Long productId) {
        Product product = catalog.findProductById(productId);
        return product == null ? null : product.getName();
    }

    /** "Alice B." from the customer's names; null when they have none. */
    static String author(Customer customer) {
        if (customer == null || customer.getFirstName() == null || customer.getFirstName().trim().isEmpty()) {
            return null;
        }
        String last = customer.getLastName() == null ? "" : customer.getLastName().trim();
        return customer.getFirstName().trim() + (last.isEmpty() ? "" : " " + last.substring(0, 1) + ".");
    }
}
