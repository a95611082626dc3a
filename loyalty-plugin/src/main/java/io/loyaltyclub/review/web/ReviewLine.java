package io.loyaltyclub.review.web;

/** An approved review as the product page shows it. */
public final class ReviewLine {

    private final String author;
    private final int rating;
    private final String text;
    private final String date;

    ReviewLine(String author, int rating, String text, String date) {
        this.author = author;
        this.rating = rating;
        this.text = text;
        this.date = date;
    }

    /** Null when the member gave no name: the page says "A club member". */
    public String getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getText() {
        return text;
    }

    public String getDate() {
        return date;
    }
}
