package io.loyaltyclub.review.web;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.persistence.ActionRule;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.FlashNotes;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.platform.web.ShopperMemory;
import io.loyaltyclub.platform.web.SignedInCustomer;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.review.persistence.ReviewImpl;
import io.loyaltyclub.review.service.ReviewService;
import io.loyaltyclub.review.service.ReviewSummary;
import io.loyaltyclub.review.service.ShownReviews;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.Resource;

/** {@code ${#loyaltyReviews.of(product)}} for the loyalty/partials/reviews fragment of a product page. */
public class ReviewsExpression implements BroadleafVariableExpression {

    static final int SHOWN = 20;

    @Resource(name = "loyaltyReviewService")
    protected ReviewService reviews;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyShopperMemory")
    protected ShopperMemory memory;

    @Override
    public String getName() {
        return "loyaltyReviews";
    }

    public ReviewsView of(Product product) {
        if (product == null || product.getId() == null) {
            return null;
        }
        ShopperFormats formats = ShopperFormats.ofRequest(programmes.findProgramme().toRules().zone());
        List<ReviewLine> lines = new ArrayList<ReviewLine>();
        ShownReviews shown = reviews.shown(product.getId(), SHOWN);
        for (ReviewImpl review : shown.getNewest()) {
            lines.add(new ReviewLine(review.getAuthor(), review.getRating(), review.getText(),
                    formats.date(review.getCreatedAt().toInstant())));
        }
        ReviewSummary summary = shown.getSummary();
        String average = summary.getAverage() == null ? null : formats.number(summary.getAverage(), 1);
        ActionRule rule = rewards.rule(ActionType.REVIEW);
        long points = rule.isActive() ? rule.getPoints() : 0;
        Customer customer = SignedInCustomer.current();
        ReviewsView view;
        if (customer == null) {
            view = new ReviewsView(product.getId(), lines, summary.getCount(), average, true, false, null, points);
        } else {
            final long customerId = customer.getId();
            final long productId = product.getId();
            boolean member = memory.recall(customerId, ShopperMemory.STANDING, new Supplier<MemberStanding>() {
                @Override
                public MemberStanding get() {
                    return tiers.standingOf(customerId);
                }
            }).isMember();
            String own = memory.recall(customerId, "review:" + productId, new Supplier<String>() {
                @Override
                public String get() {
                    ReviewImpl review = reviews.reviewBy(customerId, productId);
                    return review == null ? null : review.getStatus().name();
                }
            });
            view = new ReviewsView(product.getId(), lines, summary.getCount(), average, false, member, own, points);
        }
        return view.withFlash(FlashNotes.get("loyaltyReviewNotice"), FlashNotes.get("loyaltyReviewAlert"),
                FlashNotes.get("loyaltyReviewProblems"), FlashNotes.get("loyaltyReviewRating"),
                FlashNotes.get("loyaltyReviewText"));
    }
}
