package io.loyaltyclub.admin.review;

/** A review as Loyalty &gt; Product reviews lists it. */
public final class ReviewRow {

    private final long id;
    private final String product;
    private final Long productId;
    private final Long customerId;
    private final String author;
    private final int rating;
    private final String text;
    private final String written;
    private final String status;
    private final String decided;

    public ReviewRow(long id, String product, Long productId, Long customerId, String author, int rating, String text,
                     String written, String status, String decided) {
        this.id = id;
        this.product = product;
        this.productId = productId;
        this.customerId = customerId;
        this.author = author;
        this.rating = rating;
        this.text = text;
        this.written = written;
        this.status = status;
        this.decided = decided;
    }

    public long getId() {
        return id;
    }

    public String getProduct() {
        return product;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getText() {
        return text;
    }

    public String getWritten() {
        return written;
    }

    public String getStatus() {
        return status;
    }

    /** "when, by whom" for a decided review; null while pending. */
    public String getDecided() {
        return decided;
    }
}
