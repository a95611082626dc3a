package io.loyaltyclub.admin.review;

import io.loyaltyclub.action.domain.GrantOutcome;
import io.loyaltyclub.action.service.ActionGrantResult;
import io.loyaltyclub.admin.member.StoreTime;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.review.domain.ReviewStatus;
import io.loyaltyclub.review.persistence.ReviewImpl;
import io.loyaltyclub.review.service.ReviewDecision;
import io.loyaltyclub.review.service.ReviewService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;

/** Loyalty &gt; Product reviews: the rows of a status, and approving or rejecting one, with what it did in words. */
@Service("loyaltyReviewDesk")
public class ReviewDesk {

    public static final int PAGE_SIZE = 20;

    @Resource(name = "loyaltyReviewService")
    protected ReviewService reviews;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    public StoreTime storeTime() {
        return new StoreTime(programmes.findProgramme().toRules().zone());
    }

    public List<ReviewRow> rows(ReviewStatus status, int page) {
        StoreTime time = storeTime();
        List<ReviewRow> rows = new ArrayList<ReviewRow>();
        for (ReviewImpl review : reviews.byStatus(status, page - 1, PAGE_SIZE)) {
            Product product = catalog.findProductById(review.getProductId());
            String decided = review.getDecidedAt() == null ? null
                    : time.moment(review.getDecidedAt()) + (review.getDecidedBy() == null ? "" : ", " + review.getDecidedBy());
            rows.add(new ReviewRow(review.getId(), product == null ? "#" + review.getProductId() : product.getName(),
                    review.getProductId(), review.getCustomerId(), review.getAuthor(), review.getRating(),
                    review.getText(), time.moment(review.getCreatedAt()), review.getStatus().name(), decided));
        }
        return rows;
    }

    public long count(ReviewStatus status) {
        return reviews.count(status);
    }

    public int pages(ReviewStatus status) {
        return (int) Math.max(1, (count(status) + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public ReviewDecision approve(long reviewId, String adminUser) {
        return reviews.approve(reviewId, adminUser);
    }

    public ReviewDecision reject(long reviewId, String adminUser) {
        return reviews.reject(reviewId, adminUser);
    }

    /** What an approval or rejection did, for the page's notice. */
    public static String message(ReviewDecision decision, boolean approve) {
        switch (decision.getKind()) {
            case NOT_FOUND:
                return "There is no such review; nothing changed.";
            case ALREADY_DECIDED:
                return "This review was already approved or rejected (a double click, or another admin), so nothing "
                        + "changed.";
            case DECIDED:
            default:
                if (!approve) {
                    return "The review was rejected: it will not be shown and earns nothing.";
                }
                ActionGrantResult reward = decision.getReward();
                if (reward != null && reward.isGranted()) {
                    return String.format(Locale.ENGLISH, "The review is approved and shown on the product page; its "
                            + "author got %,d points.", reward.getPoints());
                }
                return "The review is approved and shown on the product page; " + noPoints(reward);
        }
    }

    private static String noPoints(ActionGrantResult reward) {
        if (reward == null) {
            return "no points were given.";
        }
        GrantOutcome outcome = reward.getOutcome();
        switch (outcome) {
            case CAPPED:
                return "no points were given: the author reached the review reward's limit per "
                        + reward.getCapReached().name().toLowerCase(Locale.ENGLISH) + ".";
            case NOT_OFFERED:
                return "no points were given: reviews earn nothing now (Loyalty > Action rewards).";
            case NOT_A_MEMBER:
                return "no points were given: the author is no active member now.";
            case ALREADY_GRANTED:
                return "its points had been given before.";
            case GRANTED:
            default:
                return "no points were given.";
        }
    }
}
