package io.loyaltyclub.demo.site.web;

/**
 * Thrown by a controller when what the address names does not exist (or is not the shopper's to see);
 * the shopper gets the shop's "not found" page with status 404.
 */
public class PageNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
