package io.loyaltyclub.admin.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.review.domain.ReviewStatus;
import io.loyaltyclub.review.service.ReviewDecision;
import io.loyaltyclub.review.service.ReviewService;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Loyalty > Product reviews on the real context: the waiting list, approving with the reward, a repeat, rejecting. */
class ReviewDeskIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final ReviewDesk desk = new ReviewDesk();
    private final ReviewService reviews = broadleaf.bean("loyaltyReviewService", ReviewService.class);

    ReviewDeskIT() {
        desk.reviews = reviews;
        desk.catalog = broadleaf.bean("blCatalogService", CatalogService.class);
        desk.programmes = broadleaf.bean("loyaltyProgramService", LoyaltyProgramService.class);
    }

    @BeforeEach
    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @Test
    void a_waiting_review_is_listed_and_approving_it_twice_rewards_its_author_once() {
        club.actionRule(ActionType.REVIEW, 20, null, null, null, null);
        Product kettle = broadleaf.shop().product("Desk kettle", "30.00");
        LoyaltyAccount member = club.newMember("deskreviewer");
        broadleaf.inSession(() -> reviews.submit(member.getCustomerId(), kettle.getId(), "4", "Boils fast."));
        long id = reviews.reviewBy(member.getCustomerId(), kettle.getId()).getId();

        List<ReviewRow> waiting = broadleaf.inSession(() -> desk.rows(ReviewStatus.PENDING, desk.pages(ReviewStatus.PENDING)));
        assertThat(waiting).anySatisfy(row -> {
            assertThat(row.getId()).isEqualTo(id);
            assertThat(row.getProduct()).isEqualTo("Desk kettle");
            assertThat(row.getText()).isEqualTo("Boils fast.");
        });

        ReviewDecision first = broadleaf.inSession(() -> desk.approve(id, "admin"));
        ReviewDecision second = broadleaf.inSession(() -> desk.approve(id, "admin"));

        assertThat(ReviewDesk.message(first, true)).contains("author got 20 points");
        assertThat(ReviewDesk.message(second, true)).contains("already approved or rejected");
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(120);
    }

    @Test
    void approving_while_reviews_earn_nothing_says_so_and_rejecting_says_what_it_did() {
        Product pot = broadleaf.shop().product("Desk pot", "30.00");
        LoyaltyAccount a = club.newMember("deska");
        LoyaltyAccount b = club.newMember("deskb");
        broadleaf.inSession(() -> reviews.submit(a.getCustomerId(), pot.getId(), "5", "Great pot."));
        broadleaf.inSession(() -> reviews.submit(b.getCustomerId(), pot.getId(), "1", "Buy now at spam.example"));

        ReviewDecision approved = broadleaf.inSession(() ->
                desk.approve(reviews.reviewBy(a.getCustomerId(), pot.getId()).getId(), "admin"));
        ReviewDecision rejected = desk.reject(reviews.reviewBy(b.getCustomerId(), pot.getId()).getId(), "admin");

        assertThat(ReviewDesk.message(approved, true)).contains("reviews earn nothing now");
        assertThat(ReviewDesk.message(rejected, false)).contains("rejected");
        assertThat(club.assertConsistent(a.getId()).getAvailable()).isEqualTo(100);
        assertThat(ReviewDesk.message(desk.approve(-1, "admin"), true)).contains("no such review");
    }
}
