package io.loyaltyclub.review.web;

import io.loyaltyclub.review.domain.ReviewProblems;

import java.util.ArrayList;
import java.util.List;

/** The reviews part of a product page for the shopper looking at it. */
public final class ReviewsView {

    private final long productId;
    private final List<ReviewLine> reviews;
    private final long count;
    private final String average;
    private final boolean guest;
    private final boolean member;
    /** PENDING, APPROVED or REJECTED: the shopper's own review; null when they wrote none. */
    private final String ownStatus;
    private final long points;
    private Object notice;
    private Object alert;
    private Object problems;
    private Object enteredRating;
    private Object enteredText;

    ReviewsView(long productId, List<ReviewLine> reviews, long count, String average, boolean guest, boolean member,
                String ownStatus, long points) {
        this.productId = productId;
        this.reviews = reviews;
        this.count = count;
        this.average = average;
        this.guest = guest;
        this.member = member;
        this.ownStatus = ownStatus;
        this.points = points;
    }

    public long getProductId() {
        return productId;
    }

    public List<ReviewLine> getReviews() {
        return reviews;
    }

    public long getCount() {
        return count;
    }

    public String getAverage() {
        return average;
    }

    public boolean isGuest() {
        return guest;
    }

    public boolean isMember() {
        return member;
    }

    public String getOwnStatus() {
        return ownStatus;
    }

    /** A member who has not reviewed the product yet may write a review. */
    public boolean isCanWrite() {
        return member && ownStatus == null;
    }

    /** What the review form's last post said (flash attributes of its redirect). */
    ReviewsView withFlash(Object notice, Object alert, Object problems, Object enteredRating, Object enteredText) {
        this.notice = notice;
        this.alert = alert;
        this.problems = problems;
        this.enteredRating = enteredRating;
        this.enteredText = enteredText;
        return this;
    }

    /** The message key of the form's success notice, or null. */
    public Object getNotice() {
        return notice;
    }

    /** The message key of the form's refusal, or null. */
    public Object getAlert() {
        return alert;
    }

    /** Field to problem of the form's last post, or null. */
    public Object getProblems() {
        return problems;
    }

    public Object getEnteredRating() {
        return enteredRating;
    }

    public Object getEnteredText() {
        return enteredText;
    }

    /** The ratings a review can give, best first (the form's choices). */
    public List<Integer> getRatings() {
        List<Integer> ratings = new ArrayList<Integer>();
        for (int rating = ReviewProblems.MAX_RATING; rating >= ReviewProblems.MIN_RATING; rating--) {
            ratings.add(rating);
        }
        return ratings;
    }

    /** What an approved review earns (0 when the shop does not reward reviews). */
    public long getPoints() {
        return points;
    }
}
