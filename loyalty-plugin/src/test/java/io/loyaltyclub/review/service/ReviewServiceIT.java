package io.loyaltyclub.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.review.domain.ReviewStatus;
import io.loyaltyclub.review.persistence.ReviewImpl;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

class ReviewServiceIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final ReviewService reviews = broadleaf.bean("loyaltyReviewService", ReviewService.class);
    private Product mug;

    @BeforeEach
    void reviewsRewarded() {
        club.reset();
        club.actionRule(ActionType.REVIEW, 20, 2, 10, null, null);
        mug = broadleaf.shop().product("Reviewed mug", "12.00");
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    private ReviewSubmission write(LoyaltyAccount member, String rating, String text) {
        return broadleaf.inSession(() -> reviews.submit(member.getCustomerId(), mug.getId(), rating, text));
    }

    private ReviewImpl reviewOf(LoyaltyAccount member) {
        return reviews.reviewBy(member.getCustomerId(), mug.getId());
    }

    @Test
    void a_review_waits_for_the_shop_and_its_approval_shows_it_and_rewards_its_author_once() {
        LoyaltyAccount member = club.newMember("reviewer");
        assertThat(write(member, "5", "  Keeps my coffee hot.  ").isSaved()).isTrue();
        ReviewImpl review = reviewOf(member);
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.getText()).isEqualTo("Keeps my coffee hot.");
        assertThat(review.getAuthor()).isEqualTo("Test S.");
        assertThat(reviews.approved(mug.getId(), 10)).isEmpty();
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(100);

        ReviewDecision approved = broadleaf.inSession(() -> reviews.approve(review.getId(), "admin"));
        ReviewDecision again = broadleaf.inSession(() -> reviews.approve(review.getId(), "admin"));

        assertThat(approved.getKind()).isEqualTo(ReviewDecision.Kind.DECIDED);
        assertThat(approved.getReward().isGranted()).isTrue();
        assertThat(again.getKind()).isEqualTo(ReviewDecision.Kind.ALREADY_DECIDED);
        assertThat(reviews.approved(mug.getId(), 10)).extracting(ReviewImpl::getId).containsExactly(review.getId());
        assertThat(reviews.find(review.getId()).getDecidedBy()).isEqualTo("admin");
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(120);
        List<LedgerEntry> history = club.ledger().history(member.getId(), null, 10);
        assertThat(history.get(0).getReason()).isEqualTo(EntryReason.ACTION_REVIEW);
        assertThat(history.get(0).getReference()).isEqualTo("Reviewed mug");
    }

    @Test
    void a_rejected_review_is_never_shown_earns_nothing_and_cannot_be_approved_afterwards() {
        LoyaltyAccount member = club.newMember("rejected");
        write(member, "1", "Spam spam spam");
        ReviewImpl review = reviewOf(member);

        assertThat(reviews.reject(review.getId(), "admin").getKind()).isEqualTo(ReviewDecision.Kind.DECIDED);
        assertThat(broadleaf.inSession(() -> reviews.approve(review.getId(), "admin")).getKind())
                .isEqualTo(ReviewDecision.Kind.ALREADY_DECIDED);

        assertThat(reviews.find(review.getId()).getStatus()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(reviews.approved(mug.getId(), 10)).isEmpty();
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(100);
    }

    @Test
    void a_second_review_of_the_same_product_and_bad_input_are_refused_and_change_nothing() {
        LoyaltyAccount member = club.newMember("twice");
        write(member, "4", "Good mug");

        assertThat(write(member, "5", "Even better").getRefusal()).isEqualTo(ReviewSubmission.ALREADY_REVIEWED);
        ReviewSubmission badRating = write(club.newMember("bad"), "6", "Fine");
        assertThat(badRating.isSaved()).isFalse();
        assertThat(badRating.getProblems()).containsEntry("rating", "rating");
        ReviewSubmission empty = write(club.newMember("empty"), "3", "  ");
        assertThat(empty.getProblems()).containsEntry("text", "textShort");
        assertThat(reviews.count(ReviewStatus.PENDING)).isGreaterThanOrEqualTo(1);
        assertThat(reviewOf(member).getText()).isEqualTo("Good mug");
    }

    @Test
    void a_customer_who_is_not_a_member_cannot_review() {
        Customer customer = broadleaf.shop().customer("outsider");

        ReviewSubmission result = broadleaf.inSession(() -> reviews.submit(customer.getId(), mug.getId(), "5", "Nice"));

        assertThat(result.getRefusal()).isEqualTo(ReviewSubmission.NOT_A_MEMBER);
        assertThat(reviews.reviewBy(customer.getId(), mug.getId())).isNull();
    }

    @Test
    void the_summary_counts_approved_reviews_only() {
        LoyaltyAccount a = club.newMember("a");
        LoyaltyAccount b = club.newMember("b");
        LoyaltyAccount c = club.newMember("c");
        write(a, "5", "Great");
        write(b, "4", "Good");
        write(c, "1", "Bad");
        broadleaf.inSession(() -> reviews.approve(reviewOf(a).getId(), "admin"));
        broadleaf.inSession(() -> reviews.approve(reviewOf(b).getId(), "admin"));

        ReviewSummary summary = reviews.summary(mug.getId());

        assertThat(summary.getCount()).isEqualTo(2);
        assertThat(summary.getAverage()).isEqualByComparingTo(new BigDecimal("4.5"));
    }

    @Test
    void a_product_page_s_reviews_are_kept_a_moment_a_decision_here_shows_at_once_one_elsewhere_within_the_seconds()
            throws InterruptedException {
        LoyaltyAccount a = club.newMember("shown-a");
        LoyaltyAccount b = club.newMember("shown-b");
        write(a, "5", "Great");
        write(b, "3", "Fine");
        assertThat(reviews.shown(mug.getId(), 10).getNewest()).isEmpty();

        broadleaf.inSession(() -> reviews.approve(reviewOf(a).getId(), "admin"));
        ShownReviews afterApproval = reviews.shown(mug.getId(), 10);
        assertThat(afterApproval.getNewest()).extracting(ReviewImpl::getText).as("approved here: at once")
                .containsExactly("Great");
        assertThat(afterApproval.getSummary().getCount()).isEqualTo(1);

        // What the admin's JVM does: the row changes, nothing of this JVM does (plain SQL).
        long id = reviewOf(b).getId();
        broadleaf.inTransaction(() -> broadleaf.entityManager().createNativeQuery(
                "update LOYALTY_REVIEW set STATUS = 'APPROVED' where REVIEW_ID = " + id).executeUpdate());
        assertThat(reviews.shown(mug.getId(), 10).getSummary().getCount()).as("kept: not read on every page")
                .isEqualTo(1);
        long until = System.nanoTime() + 3_000_000_000L;
        while (reviews.shown(mug.getId(), 10).getSummary().getCount() != 2 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        ShownReviews later = reviews.shown(mug.getId(), 10);
        assertThat(later.getSummary().getCount()).as("loyalty.reviews.shownSeconds=1 in the harness").isEqualTo(2);
        assertThat(later.getSummary().getAverage()).isEqualByComparingTo(new BigDecimal("4.0"));
        assertThat(later.getNewest()).hasSize(2);
    }
}
