package io.loyaltyclub.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the storefront's pages show a signed-in shopper about themselves (their standing in the club, the day's
 * sale-day code, their review of a product, their shared link), kept a few seconds per shopper so that a listing,
 * then a product page, then the next one do not read it again on every request. Only for showing: nothing that
 * charges, credits or refuses anything reads through it.
 *
 * <p>Everything kept for a shopper is forgotten together: {@code seconds} after it was first read, when the shopper
 * posts anything (the club's request filter, before and after the post, so that a page asked for during the post
 * does not keep what it read before the post's change), and for the least recently seen shoppers when more than
 * {@code shoppers} are kept. A value read while its shopper was forgotten is handed to that request and not kept.
 * Guests (no customer id) are never kept. Seconds of 0 keep nothing.
 */
public class ShopperMemory {

    /** The name the shopper's {@code MemberStanding} (member or not, their tier) is kept under. */
    public static final String STANDING = "standing";

    private static final Object NOTHING = new Object();

    private final long keepNanos;
    private final int maxShoppers;
    private final LongSupplier ticker;
    private final Map<Long, Remembered> shoppers;

    /** What one shopper's pages read, since {@code since} (the ticker's time). */
    private static final class Remembered {
        final long since;
        final Map<String, Object> values = new ConcurrentHashMap<String, Object>();

        Remembered(long since) {
            this.since = since;
        }
    }

    public ShopperMemory(long seconds, int shoppers) {
        this(seconds, shoppers, System::nanoTime);
    }

    /** With a ticker of the caller's (nanoseconds, as {@link System#nanoTime()}): tests move time with it. */
    public ShopperMemory(long seconds, final int shoppers, LongSupplier ticker) {
        if (seconds < 0 || shoppers < 1) {
            throw new IllegalArgumentException("seconds must be at least 0 and shoppers at least 1");
        }
        this.keepNanos = seconds * 1_000_000_000L;
        this.maxShoppers = shoppers;
        this.ticker = ticker;
        this.shoppers = new LinkedHashMap<Long, Remembered>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Remembered> eldest) {
                return size() > maxShoppers;
            }
        };
    }

    /**
     * What {@code read} gives for this shopper, as kept under {@code what} (a name of the caller's, e.g.
     * {@code "review:" + productId}), or read now and kept. Null is kept too.
     */
    @SuppressWarnings("unchecked")
    public <T> T recall(Long customerId, String what, Supplier<T> read) {
        if (customerId == null || keepNanos == 0) {
            return read.get();
        }
        Remembered shopper = shopper(customerId);
        Object known = shopper.values.get(what);
        if (known != null) {
            return known == NOTHING ? null : (T) known;
        }
        T value = read.get();
        synchronized (this) {
            if (shoppers.get(customerId) == shopper) {
                shopper.values.put(what, value == null ? NOTHING : value);
            }
        }
        return value;
    }

    /** Forgets everything kept for this shopper (they posted something). */
    public synchronized void forget(Long customerId) {
        if (customerId != null) {
            shoppers.remove(customerId);
        }
    }

    /** Forgets every shopper (tests; an admin's change then shows at once). */
    public synchronized void forgetAll() {
        shoppers.clear();
    }

    /** How many shoppers are kept. */
    public synchronized int size() {
        return shoppers.size();
    }

    private synchronized Remembered shopper(Long customerId) {
        long now = ticker.getAsLong();
        Remembered shopper = shoppers.get(customerId);
        if (shopper == null || now - shopper.since >= keepNanos) {
            shopper = new Remembered(now);
            shoppers.put(customerId, shopper);
        }
        return shopper;
    }
}
