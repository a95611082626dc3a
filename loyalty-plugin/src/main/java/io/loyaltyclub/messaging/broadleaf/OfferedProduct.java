package io.loyaltyclub.messaging.broadleaf;

/** A product a message offers: its name, price as the member reads it, and link. */
public final class OfferedProduct {

    private final String name;
    private final String price;
    private final String url;

    public OfferedProduct(String name, String price, String url) {
        this.name = name;
        this.price = price;
        this.url = url;
    }

    public String getName() {
        return name;
    }

    public String getPrice() {
        return price;
    }

    public String getUrl() {
        return url;
    }
}
